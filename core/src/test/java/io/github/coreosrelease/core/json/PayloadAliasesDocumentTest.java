/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.model.PayloadAlias;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.VersionAliases;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The graph builder's payload aliases document (SPEC §2.5), read as the reference writes it. */
class PayloadAliasesDocumentTest {
    private static final String GOOD = "sha256:" + "4".repeat(64);
    private static final String BAD = "sha256:" + "c".repeat(64);
    private static final String ARM_GOOD = "sha256:" + "b".repeat(64);
    private static final String ARM_BAD = "sha256:" + "d".repeat(64);

    /** The reference's shape: version, then architecture, then good and bad; here with an extra field. */
    private static final String DOCUMENT = "{\"43.20251024.3.0\": {"
            + "\"x86_64\": {\"good\": \"" + GOOD + "\", \"bad\": \"" + BAD + "\"},"
            + "\"aarch64\": {\"bad\": \"" + ARM_BAD + "\", \"good\": \"" + ARM_GOOD + "\", \"note\": [1, null]}},"
            + "\"43.20251024.2.0\": {}}";

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static PayloadAliases read(String json) {
        return DocumentReader.standard().read(DocumentType.PAYLOAD_ALIASES, utf8(json));
    }

    private static DocumentException readFails(String json) {
        return catchThrowableOfType(DocumentException.class, () -> read(json));
    }

    @Test
    void readsVersionsAndArchitecturesInDocumentOrder() {
        PayloadAliases aliases = read(DOCUMENT);

        assertThat(aliases.versions())
                .extracting(VersionAliases::version)
                .containsExactly("43.20251024.3.0", "43.20251024.2.0");
        assertThat(aliases.versions().get(0).architectures().keySet()).containsExactly("x86_64", "aarch64");
        PayloadAlias arm = aliases.find("43.20251024.3.0", "aarch64").orElseThrow();
        assertThat(arm.good().toString()).isEqualTo(ARM_GOOD);
        assertThat(arm.bad().toString()).isEqualTo(ARM_BAD);
        assertThat(aliases.find("43.20251024.3.0", "s390x")).isEqualTo(Optional.empty());
        assertThat(aliases.find("43.20251024.2.0", "x86_64")).isEqualTo(Optional.empty());
        assertThat(aliases.find("40.1", "x86_64")).isEqualTo(Optional.empty());
    }

    @Test
    void writesBackEverythingItRead() {
        PayloadAliases aliases = read(DOCUMENT);

        assertThat(DocumentWriter.compact().writeString(DocumentType.PAYLOAD_ALIASES, aliases))
                .isEqualTo("{\"43.20251024.3.0\":{"
                        + "\"x86_64\":{\"good\":\"" + GOOD + "\",\"bad\":\"" + BAD + "\"},"
                        + "\"aarch64\":{\"good\":\"" + ARM_GOOD + "\",\"bad\":\"" + ARM_BAD + "\",\"note\":[1,null]}},"
                        + "\"43.20251024.2.0\":{}}");
        assertThat(JsonTrees.tree(DocumentWriter.indented(2).write(DocumentType.PAYLOAD_ALIASES, aliases)))
                .isEqualTo(JsonTrees.tree(utf8(DOCUMENT)));
        assertThat(DocumentWriter.compact().writeString(DocumentType.PAYLOAD_ALIASES, PayloadAliases.empty()))
                .isEqualTo("{}");
    }

    @Test
    void isDetectedByItsFirstAlias() {
        assertThat(DocumentDetector.detect(utf8(DOCUMENT))).contains(DocumentKind.PAYLOAD_ALIASES);
        assertThat(DocumentDetector.detect(utf8("{}"))).isEmpty();
        assertThat(DocumentDetector.detect(utf8("{\"41.1\": {}}"))).isEmpty();
        assertThat(DocumentDetector.detect(utf8("{\"41.1\": {\"x86_64\": {\"good\": \"" + GOOD + "\"}}}")))
                .isEmpty();
    }

    @Test
    void aMissingBadDigestIsNamedByItsPointer() {
        DocumentException e = readFails("{\"41.1\": {\"x86_64\": {\"good\": \"" + GOOD + "\"}}}");

        assertThat(e.kind()).isEqualTo(DocumentKind.PAYLOAD_ALIASES);
        assertThat(e.pointer()).isEqualTo("/41.1/x86_64/bad");
        assertThat(e.problem()).isEqualTo("missing required field \"bad\"");
    }

    /**
     * A digest that is not one would become a node payload that update clients cannot parse, and
     * they refuse the whole graph (SPEC §3 step 1): the document is refused instead.
     */
    @Test
    void aBadDigestThatIsNoDigestIsRefused() {
        DocumentException e = readFails("{\"41.1\": {\"x86_64\": {\"good\": \"" + GOOD + "\", \"bad\": \"latest\"}}}");

        assertThat(e.pointer()).isEqualTo("/41.1/x86_64/bad");
        assertThat(e.problem())
                .isEqualTo("invalid digest \"latest\": expected algorithm:encoded (e.g. sha256:<64 lowercase hex>),"
                        + " but there is no ':'");
    }

    @Test
    void aVersionThatIsNotAnObjectIsRefused() {
        DocumentException e = readFails("{\"41.1\": [\"x86_64\"]}");

        assertThat(e.pointer()).isEqualTo("/41.1");
        assertThat(e.problem()).isEqualTo("expected an object, found an array");
    }
}
