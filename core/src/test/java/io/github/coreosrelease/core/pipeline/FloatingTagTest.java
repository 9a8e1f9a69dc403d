/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseOciImage;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.oscontainer.MigrationResult;
import io.github.coreosrelease.core.oscontainer.OscontainerMigration;
import io.github.coreosrelease.core.testing.TestResources;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Legacy and pinned entries have no tags; the migration can give the OS container one and the
 * generator can be told the floating tag, so that legacy -> split -> release.json works (issue 15).
 */
class FloatingTagTest {
    private static final String LEGACY_IMAGE = "quay.io/openshift-release-dev/ocp-v4.0-art-dev";
    private static final String LEGACY_DIGEST =
            "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static BuildMeta meta(String name) {
        return DocumentReader.standard().read(DocumentType.META, TestResources.bytes(name));
    }

    private static ReleaseMetaOptions options(Optional<String> floatingTag) {
        return ReleaseMetaOptions.builder().stream("stable")
                .floatingTag(floatingTag)
                .build();
    }

    @Test
    void aLegacyEntryMigratedWithATagGivesTheReleaseItsOciImage() {
        MigrationResult split = OscontainerMigration.migrateToSplit(meta("oscontainer/legacy.json"), "stable");

        assertThat(split.meta().baseOscontainer().orElseThrow().tags()).hasValue(List.of("stable"));
        assertThat(split.meta().oscontainer()).isEmpty();
        assertThat(split.dropped()).isEmpty();
        Release release = ReleaseMetaGenerator.generate(List.of(split.meta()), options(Optional.empty()));
        assertThat(release.architectures().get("x86_64").ociImage())
                .hasValue(ReleaseOciImage.builder()
                        .image(LEGACY_IMAGE + ":stable")
                        .digestRef(LEGACY_IMAGE + "@" + LEGACY_DIGEST)
                        .build());
    }

    @Test
    void theGeneratorTakesTheFloatingTagFromItsOptionsForAnEntryWithoutTags() {
        BuildMeta untagged = OscontainerMigration.migrate(meta("oscontainer/legacy.json"), ContainerShape.SPLIT)
                .meta();

        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(untagged), options(Optional.empty())))
                .isInstanceOf(ConversionException.class)
                .hasMessage("meta.json of build 410.84.202205191234-0 for x86_64: /base-oscontainer/tags: expected"
                        + " exactly one floating tag (a tag without the build ID \"410.84.202205191234-0\"), found"
                        + " none among []; name it with the floating-tag option (release-meta --floating-tag TAG)");
        Release release = ReleaseMetaGenerator.generate(List.of(untagged), options(Optional.of("next")));
        assertThat(release.architectures()
                        .get("x86_64")
                        .ociImage()
                        .orElseThrow()
                        .image())
                .isEqualTo(LEGACY_IMAGE + ":next");
    }

    @Test
    void aFloatingTagOptionMustBeAmongTheEntrysFloatingTags() {
        BuildMeta tagged = PipelineFixtures.read(DocumentType.META, "meta-x86_64.json");

        assertThat(ReleaseMetaGenerator.generate(List.of(tagged), options(Optional.of("stable")))
                        .architectures()
                        .get("x86_64")
                        .ociImage()
                        .orElseThrow()
                        .image())
                .isEqualTo("quay.io/fedora/fedora-coreos:stable");
        assertThatThrownBy(() -> ReleaseMetaGenerator.generate(List.of(tagged), options(Optional.of("testing"))))
                .isInstanceOf(ConversionException.class)
                .hasMessage("meta.json of build 41.20250101.3.0 for x86_64: /kubevirt/tags: the floating tag"
                        + " \"testing\" of the options is not among the entry's floating tags [stable]");
    }

    @Test
    void tagsAreCheckedAndAddedOnce() {
        assertThatThrownBy(() -> ReleaseMetaOptions.builder().floatingTag("-x").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid floating tag \"-x\": expected an image tag such as stable"
                        + " ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})");
        assertThatThrownBy(() -> OscontainerMigration.migrateToSplit(meta("oscontainer/legacy.json"), "a:b"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid tag \"a:b\": expected an image tag such as stable"
                        + " ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})");
        BuildMeta split = OscontainerMigration.migrateToSplit(meta("oscontainer/split.json"), "stable")
                .meta();
        assertThat(split.baseOscontainer().orElseThrow().tags().orElseThrow())
                .containsExactly("stable", "41.20250101.3.0-x86_64");
    }

    @Test
    void aDocumentWithoutAnOsContainerCannotBeTagged() {
        BuildMeta bare = BuildMeta.builder()
                .from(meta("oscontainer/legacy.json"))
                .oscontainer(Optional.empty())
                .build();

        assertThatThrownBy(() -> OscontainerMigration.migrateToSplit(bare, "stable"))
                .isInstanceOf(ConversionException.class)
                .hasMessage("/base-oscontainer: missing, so there is no OS container to give the tag \"stable\"");
    }
}
