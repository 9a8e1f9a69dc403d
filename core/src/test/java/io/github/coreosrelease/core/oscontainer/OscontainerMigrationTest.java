/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OscontainerMigrationTest {
    private static BuildMeta fixture(String name) {
        return ContainerEntriesTest.fixture(name);
    }

    private static String json(BuildMeta meta) {
        return DocumentWriter.indented(2).writeString(DocumentType.META, meta);
    }

    static Stream<Arguments> migrations() {
        return Stream.of(
                Arguments.of("legacy.json", ContainerShape.SPLIT, "legacy-to-split.json", List.of()),
                Arguments.of("legacy.json", ContainerShape.PINNED, "legacy-to-pinned.json", List.of()),
                Arguments.of("legacy.json", ContainerShape.LEGACY, "legacy.json", List.of()),
                Arguments.of("pinned.json", ContainerShape.SPLIT, "pinned-to-split.json", List.of()),
                Arguments.of("pinned.json", ContainerShape.LEGACY, "pinned-to-legacy.json", List.of()),
                Arguments.of("pinned.json", ContainerShape.PINNED, "pinned.json", List.of()),
                Arguments.of("split.json", ContainerShape.SPLIT, "split.json", List.of()),
                Arguments.of(
                        "split.json",
                        ContainerShape.LEGACY,
                        "split-to-legacy.json",
                        List.of(
                                DroppedValue.of("/base-oscontainer/tags", "the legacy shape has no tags"),
                                DroppedValue.of(
                                        "/base-oscontainer/manifest-list-digest",
                                        "the legacy shape has no manifest-list digest"),
                                DroppedValue.of(
                                        "/base-oscontainer/additional-images",
                                        "the legacy shape has no additional images (1 dropped)"))),
                Arguments.of(
                        "split.json",
                        ContainerShape.PINNED,
                        "split-to-pinned.json",
                        List.of(
                                DroppedValue.of(
                                        "/base-oscontainer/manifest-list-digest",
                                        "the pinned shape has no manifest-list digest"),
                                DroppedValue.of("/base-oscontainer/tags", "the pinned shape has no tags"),
                                DroppedValue.of(
                                        "/base-oscontainer/additional-images/0/tags", "the pinned shape has no tags"),
                                DroppedValue.of(
                                        "/extensions-container/manifest-list-digest",
                                        "the pinned shape has no manifest-list digest"),
                                DroppedValue.of("/extensions-container/tags", "the pinned shape has no tags"),
                                DroppedValue.of("/kubevirt/tags", "the pinned shape has no tags"))));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("migrations")
    void migratesToTheExpectedDocumentAndReportsWhatItDropped(
            String source, ContainerShape target, String expected, List<DroppedValue> dropped) {
        MigrationResult result = OscontainerMigration.migrate(fixture(source), target);

        assertThat(json(result.meta())).isEqualTo(json(fixture(expected)));
        assertThat(result.meta()).isEqualTo(fixture(expected));
        assertThat(result.dropped()).containsExactlyElementsOf(dropped);
        assertThat(result.lossless()).isEqualTo(dropped.isEmpty());
    }

    @ParameterizedTest(name = "{0} to {1} and back")
    @CsvSource({"legacy.json, split", "legacy.json, pinned", "pinned.json, split"})
    void losslessMigrationsGoBackToTheOriginalExactly(String source, String target) {
        BuildMeta original = fixture(source);
        ContainerShape back = ContainerEntries.list(original).get(0).shape();

        BuildMeta there = OscontainerMigration.migrate(original, ContainerShape.parse(target))
                .meta();
        MigrationResult returned = OscontainerMigration.migrate(there, back);

        assertThat(returned.meta()).isEqualTo(original);
        assertThat(json(returned.meta())).isEqualTo(json(original));
        assertThat(returned.dropped()).isEmpty();
    }

    @Test
    void theListDigestNeverStandsInForTheArchDigest() {
        BuildMeta meta = fixture("split.json");
        BuildMeta noArchDigest = BuildMeta.builder()
                .from(meta)
                .baseOscontainer(ContainerImage.builder()
                        .from(meta.baseOscontainer().orElseThrow())
                        .digest(Optional.empty())
                        .build())
                .build();

        assertThatThrownBy(() -> OscontainerMigration.migrate(noArchDigest, ContainerShape.PINNED))
                .isInstanceOf(ConversionException.class)
                .hasMessage("/base-oscontainer/digest: missing, but the pinned shape needs the architecture-specific"
                        + " digest; the manifest-list-digest is never used in its place");
        assertThatThrownBy(() -> OscontainerMigration.migrate(noArchDigest, ContainerShape.LEGACY))
                .isInstanceOf(ConversionException.class)
                .hasMessage("/base-oscontainer/digest: missing, but the legacy shape needs the architecture-specific"
                        + " digest; the manifest-list-digest is never used in its place");
        // The split shape is already there: nothing to invent, nothing to refuse.
        MigrationResult split = OscontainerMigration.migrate(noArchDigest, ContainerShape.SPLIT);
        assertThat(split.meta()).isEqualTo(noArchDigest);
        assertThat(split.dropped()).isEmpty();
    }

    @Test
    void aLegacyEntryWithoutDigestMovesToSplitUnchangedButCannotBePinned() {
        BuildMeta meta = fixture("legacy.json");
        ContainerImage noDigest = ContainerImage.builder()
                .from(meta.oscontainer().orElseThrow())
                .digest(Optional.empty())
                .build();
        BuildMeta legacy = BuildMeta.builder().from(meta).oscontainer(noDigest).build();

        BuildMeta split =
                OscontainerMigration.migrate(legacy, ContainerShape.SPLIT).meta();
        assertThat(split.baseOscontainer()).hasValue(noDigest);
        assertThat(split.oscontainer()).isEmpty();
        assertThatThrownBy(() -> OscontainerMigration.migrate(legacy, ContainerShape.PINNED))
                .isInstanceOf(ConversionException.class)
                .hasMessage("/oscontainer/digest: missing, but the pinned shape needs the architecture-specific"
                        + " digest");
    }

    @Test
    void refusesADocumentWithBothOsContainerKeys() {
        BuildMeta both = BuildMeta.builder()
                .from(fixture("legacy.json"))
                .baseOscontainer(fixture("pinned.json").baseOscontainer().orElseThrow())
                .build();

        for (ContainerShape target : ContainerShape.values()) {
            assertThatThrownBy(() -> OscontainerMigration.migrate(both, target))
                    .isInstanceOf(ConversionException.class)
                    .hasMessage("/oscontainer: the document has both /oscontainer and /base-oscontainer, so the OS"
                            + " container cannot be moved between them; remove one of them first");
        }
    }

    @Test
    void aMalformedEntryFailsTheMigrationEvenWhereTheTargetLeavesItAlone() {
        BuildMeta meta = fixture("split.json");
        BuildMeta broken = BuildMeta.builder()
                .from(meta)
                .kubevirt(ContainerImage.builder()
                        .from(meta.kubevirt().orElseThrow())
                        .digest("sha256:0")
                        .build())
                .build();

        assertThatThrownBy(() -> OscontainerMigration.migrate(broken, ContainerShape.LEGACY))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.pointer()).isEqualTo("/kubevirt/digest"));
    }

    @Test
    void aDocumentWithoutEntriesIsReturnedUnchanged() {
        BuildMeta bare = BuildMeta.builder()
                .from(fixture("pinned.json"))
                .baseOscontainer(Optional.empty())
                .kubevirt(Optional.empty())
                .build();
        for (ContainerShape target : ContainerShape.values()) {
            MigrationResult result = OscontainerMigration.migrate(bare, target);
            assertThat(result.meta()).isEqualTo(bare);
            assertThat(result.dropped()).isEmpty();
        }
    }
}
