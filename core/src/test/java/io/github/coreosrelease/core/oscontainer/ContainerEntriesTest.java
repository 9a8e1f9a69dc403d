/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.testing.TestResources;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContainerEntriesTest {
    private static final String SHA1 = "sha256:" + "1".repeat(64);
    private static final String SHA2 = "sha256:" + "2".repeat(64);

    static BuildMeta fixture(String name) {
        return DocumentReader.standard().read(DocumentType.META, TestResources.bytes("oscontainer/" + name));
    }

    @Test
    void listsEverySplitEntryWithItsAdditionalImagesInOrder() {
        List<ContainerEntry> entries = ContainerEntries.list(fixture("split.json"));

        assertThat(entries)
                .containsExactly(
                        ContainerEntry.builder()
                                .pointer("/base-oscontainer")
                                .shape(ContainerShape.SPLIT)
                                .repository("quay.io/fedora/fedora-coreos")
                                .digest(Digest.parse(SHA1))
                                .manifestListDigest(Digest.parse(SHA2))
                                .tags(List.of("stable", "41.20250101.3.0-x86_64"))
                                .comment("pushed by the release job")
                                .build(),
                        ContainerEntry.builder()
                                .pointer("/base-oscontainer/additional-images/0")
                                .shape(ContainerShape.SPLIT)
                                .repository("quay.io/fedora/fedora-coreos-extra")
                                .digest(Digest.parse("sha256:" + "3".repeat(64)))
                                .tags(List.of("stable-extra"))
                                .build(),
                        ContainerEntry.builder()
                                .pointer("/extensions-container")
                                .shape(ContainerShape.SPLIT)
                                .repository("quay.io/fedora/fedora-coreos-extensions")
                                .digest(Digest.parse("sha256:" + "4".repeat(64)))
                                .manifestListDigest(Digest.parse("sha256:" + "5".repeat(64)))
                                .tags(List.of("41.20250101.3.0-extensions"))
                                .build(),
                        ContainerEntry.builder()
                                .pointer("/kubevirt")
                                .shape(ContainerShape.SPLIT)
                                .repository("quay.io/fedora/fedora-coreos-kubevirt")
                                .digest(Digest.parse("sha256:" + "6".repeat(64)))
                                .tags(List.of("stable"))
                                .build());
        assertThat(entries.get(0).digestReference().map(Object::toString))
                .hasValue("quay.io/fedora/fedora-coreos@" + SHA1);
    }

    @Test
    void readsThePinnedShapeFromTheImageString() {
        List<ContainerEntry> entries = ContainerEntries.list(fixture("pinned.json"));

        assertThat(entries)
                .containsExactly(
                        ContainerEntry.builder()
                                .pointer("/base-oscontainer")
                                .shape(ContainerShape.PINNED)
                                .repository("quay.io/fedora/fedora-coreos")
                                .digest(Digest.parse("sha256:" + "7".repeat(64)))
                                .build(),
                        ContainerEntry.builder()
                                .pointer("/kubevirt")
                                .shape(ContainerShape.PINNED)
                                .repository("quay.io/fedora/fedora-coreos-kubevirt")
                                .digest(Digest.parse("sha256:" + "8".repeat(64)))
                                .comment("container disk")
                                .build());
    }

    @Test
    void onlyTheTopLevelOscontainerEntryIsLegacy() {
        assertThat(ContainerEntries.list(fixture("legacy.json")))
                .containsExactly(ContainerEntry.builder()
                        .pointer("/oscontainer")
                        .shape(ContainerShape.LEGACY)
                        .repository("quay.io/openshift-release-dev/ocp-v4.0-art-dev")
                        .digest(Digest.parse("sha256:" + "a".repeat(64)))
                        .comment("machine-os-content")
                        .build());
        // The same fields under base-oscontainer are the split shape without tags.
        ContainerImage legacyFields = fixture("legacy.json").oscontainer().orElseThrow();
        assertThat(ContainerEntries.describe("/base-oscontainer", legacyFields).shape())
                .isEqualTo(ContainerShape.SPLIT);
    }

    @Test
    void aDocumentWithoutEntriesHasNone() {
        BuildMeta meta = fixture("split.json");
        BuildMeta bare = BuildMeta.builder()
                .from(meta)
                .baseOscontainer(Optional.empty())
                .extensionsContainer(Optional.empty())
                .kubevirt(Optional.empty())
                .build();
        assertThat(ContainerEntries.list(bare)).isEmpty();
    }

    static Stream<Arguments> malformedEntries() {
        return Stream.of(
                Arguments.of(
                        "upper-case hex in the arch digest",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .digest("sha256:" + "A".repeat(64))
                                .build(),
                        "/base-oscontainer/digest",
                        "invalid digest \"sha256:" + "A".repeat(64) + "\": expected exactly 64 lowercase hex characters"
                                + " after \"sha256:\", but found 'A'"),
                Arguments.of(
                        "short list digest",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .manifestListDigest("sha256:abc")
                                .build(),
                        "/base-oscontainer/manifest-list-digest",
                        "invalid digest \"sha256:abc\": expected exactly 64 lowercase hex characters after"
                                + " \"sha256:\", but found 3 characters"),
                Arguments.of(
                        "a tag in the repository",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .image("quay.io/fedora/fedora-coreos:stable")
                                .build(),
                        "/base-oscontainer/image",
                        "expected a repository without a tag (tags belong in \"tags\"), found tag \"stable\" in"
                                + " \"quay.io/fedora/fedora-coreos:stable\""),
                Arguments.of(
                        "a digest in the image next to digest and tags",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .image("quay.io/fedora/fedora-coreos@" + SHA1)
                                .build(),
                        "/base-oscontainer/image",
                        "expected a repository without a digest, because the entry also has \"digest\","
                                + " \"manifest-list-digest\" or \"tags\" (split shape); found"
                                + " \"quay.io/fedora/fedora-coreos@" + SHA1 + "\""),
                Arguments.of(
                        "an image that is no reference",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .image("Quay.io/x y")
                                .build(),
                        "/base-oscontainer/image",
                        "invalid image reference \"Quay.io/x y\": expected path components of lowercase [a-z0-9] joined by"
                                + " '.', '_', '__' or '-', but found U+0020 in component \"x y\""),
                Arguments.of(
                        "a malformed digest in an additional image",
                        (UnaryOperator<ContainerImage>) i -> ContainerImage.builder()
                                .from(i)
                                .additionalImages(List.of(ContainerImage.builder()
                                        .image("quay.io/fedora/extra")
                                        .digest("sha512:" + "0".repeat(64))
                                        .build()))
                                .build(),
                        "/base-oscontainer/additional-images/0/digest",
                        "invalid digest \"sha512:" + "0".repeat(64) + "\": expected exactly 128 lowercase hex"
                                + " characters after \"sha512:\", but found 64 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEntries")
    void malformedEntriesAreErrorsNamingTheField(
            String description, UnaryOperator<ContainerImage> breakIt, String pointer, String problem) {
        BuildMeta meta = fixture("split.json");
        BuildMeta broken = BuildMeta.builder()
                .from(meta)
                .baseOscontainer(breakIt.apply(meta.baseOscontainer().orElseThrow()))
                .build();

        assertThatThrownBy(() -> ContainerEntries.list(broken)).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.kind()).isEqualTo(DocumentKind.META);
            assertThat(e.pointer()).isEqualTo(pointer);
            if (problem != null) {
                assertThat(e.problem()).isEqualTo(problem);
            }
            assertThat(e.getMessage()).startsWith("meta.json: " + pointer + ": ");
        });
    }

    @Test
    void shapeNamesParseAndPrint() {
        assertThat(ContainerShape.parse("legacy")).isEqualTo(ContainerShape.LEGACY);
        assertThat(ContainerShape.parse("pinned")).isEqualTo(ContainerShape.PINNED);
        assertThat(ContainerShape.parse("split")).isEqualTo(ContainerShape.SPLIT);
        assertThat(ContainerShape.SPLIT.jsonName()).isEqualTo("split");
        assertThatThrownBy(() -> ContainerShape.parse("Split"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid container entry shape \"Split\": expected one of legacy, pinned, split");
    }
}
