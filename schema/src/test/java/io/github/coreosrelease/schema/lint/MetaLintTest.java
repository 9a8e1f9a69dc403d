/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What coreos-assembler's schema (and so ours) accepts in a meta.json but the pipeline does not
 * expect is a lint warning (SPEC §1.1), not a validation error.
 */
class MetaLintTest {
    private static final String SHA = "a".repeat(64);
    private static final String DIGEST = "sha256:" + "b".repeat(64);

    private final Linter linter = Linter.at(0);

    private static byte[] meta(String more) {
        return ("{\"buildid\": \"41.20250101.3.0\", \"name\": \"fedora-coreos\", \"ostree-version\": \"41.20250101.3.0\","
                        + more + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWellFormedMetaHasNoFinding() {
        byte[] json = meta("\"ostree-commit\": \"" + SHA + "\", \"ostree-timestamp\": \"2025-01-01T00:00:00Z\","
                + " \"images\": {\"ostree\": {\"path\": \"o.tar\", \"sha256\": \"" + SHA + "\", \"size\": 3}},"
                + " \"base-oscontainer\": {\"image\": \"quay.io/fedora/fedora-coreos\", \"digest\": \"" + DIGEST + "\","
                + " \"tags\": [\"stable\"]}");

        assertThat(linter.lintMeta(json)).isEmpty();
    }

    @Test
    void whatOnlyTheUpstreamSchemaAllowsIsAWarningPerValue() {
        byte[] json = meta("\"ostree-commit\": \"" + "Z".repeat(64) + "\", \"ostree-timestamp\": \"x2025-01-01TnoonZ\","
                + " \"fedora-coreos.parent-commit\": \"" + "g".repeat(64) + "\", \"ostree-n-cache-hits\": -1,"
                + " \"images\": {\"ostree\": {\"path\": \"\", \"sha256\": \"abc\", \"size\": -2}},"
                + " \"ibmcloud\": [{\"url\": \"https://example.org/o\", \"object\": \"o\", \"bucket\": \"b\"}],"
                + " \"base-oscontainer\": {\"image\": \"quay.io/fedora/fedora-coreos:stable\", \"tags\": [\"-x\"]},"
                + " \"kubevirt\": {\"image\": \"quay.io/fedora/kubevirt@" + DIGEST + "\", \"tags\": [\"stable\"]}");

        assertThat(Validator.standard().validate(DocumentKind.META, json)).isEmpty();
        List<String> findings =
                linter.lintMeta(json).stream().map(Finding::describe).toList();
        assertThat(findings)
                .containsExactly(
                        "warning meta-format meta#/ostree-commit: \"" + "Z".repeat(64)
                                + "\" is not a SHA-256 checksum (64 lowercase hex characters)",
                        "warning meta-format meta#/fedora-coreos.parent-commit: \"" + "g".repeat(64)
                                + "\" is not a SHA-256 checksum (64 lowercase hex characters)",
                        "warning meta-format meta#/ostree-timestamp: \"x2025-01-01TnoonZ\" is not an RFC 3339 time in"
                                + " UTC",
                        "warning meta-format meta#/ostree-n-cache-hits: -1 is negative",
                        "warning meta-format meta#/images/ostree/path: the artifact's file name is empty",
                        "warning meta-format meta#/images/ostree/sha256: \"abc\" is not a SHA-256 checksum (64"
                                + " lowercase hex characters)",
                        "warning meta-format meta#/images/ostree/size: -2 is negative",
                        "warning meta-format meta#/ibmcloud/0: no \"region\": the release metadata cannot list this"
                                + " upload by region",
                        "warning meta-format meta#/base-oscontainer/image: \"quay.io/fedora/fedora-coreos:stable\" has a"
                                + " tag; beside a digest the image is a bare repository",
                        "warning meta-format meta#/base-oscontainer: no \"digest\": the image is neither pinned by"
                                + " digest nor given its digest",
                        "warning meta-format meta#/base-oscontainer/tags/0: \"-x\" is not a valid image tag",
                        "warning meta-format meta#/kubevirt/tags: an image pinned by digest (the pinned shape) has no"
                                + " \"tags\"");
    }

    @Test
    void aTagWithALineBreakStaysOnTheFindingsLine() {
        byte[] json = meta("\"base-oscontainer\": {\"image\": \"quay.io/fedora/fedora-coreos\", \"digest\": \"" + DIGEST
                + "\", \"tags\": [\"a\\nb\\u001b[2J\"]}");

        List<Finding> findings = linter.lintMeta(json);

        assertThat(findings).extracting(Finding::message).containsExactly("\"a\nb\u001b[2J\" is not a valid image tag");
        assertThat(findings)
                .extracting(Finding::describe)
                .containsExactly(
                        "warning meta-format meta#/base-oscontainer/tags/0: \"a\\nb\\u001b[2J\" is not a valid image tag");
    }
}
