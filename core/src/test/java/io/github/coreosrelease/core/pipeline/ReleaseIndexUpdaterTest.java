/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static io.github.coreosrelease.core.pipeline.PipelineFixtures.json;
import static io.github.coreosrelease.core.pipeline.PipelineFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseIndexUpdaterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    private static final String URL =
            "https://builds.coreos.fedoraproject.org/prod/streams/stable/builds/41.20250101.3.0/release.json";

    private static Release release() {
        return read(DocumentType.RELEASE, "release-expected.json");
    }

    private static ReleaseIndex index() {
        return read(DocumentType.RELEASE_INDEX, "releases.json");
    }

    private static ReleaseIndex withReleases(ReleaseIndex index, IndexRelease... more) {
        List<IndexRelease> releases = new ArrayList<>(index.releases());
        releases.addAll(List.of(more));
        return ReleaseIndex.builder().from(index).releases(releases).build();
    }

    @Test
    void theDefaultMetadataUrlPointsAtTheFedoraBuilds() {
        assertThat(ReleaseIndexUpdater.metadataUrl(release())).isEqualTo(URL);
        assertThat(ReleaseIndexUpdater.metadataUrl("https://example.org/streams/", release()))
                .isEqualTo("https://example.org/streams/stable/builds/41.20250101.3.0/release.json");
    }

    @Test
    void appendsANewReleaseAndStampsTheIndex() {
        IndexUpdate update = ReleaseIndexUpdater.add(index(), release(), URL, CLOCK);

        assertThat(update.change()).isEqualTo(IndexChange.APPENDED);
        assertThat(json(DocumentType.RELEASE_INDEX, update.index()))
                .isEqualTo(
                        json(DocumentType.RELEASE_INDEX, read(DocumentType.RELEASE_INDEX, "releases-appended.json")));
    }

    @Test
    void reAddingTheLastReleaseChangesNothing() {
        ReleaseIndex appended =
                ReleaseIndexUpdater.add(index(), release(), URL, CLOCK).index();
        Clock later = Clock.offset(CLOCK, Duration.ofDays(1));

        IndexUpdate again = ReleaseIndexUpdater.add(appended, release(), URL, later);

        assertThat(again.change()).isEqualTo(IndexChange.UNCHANGED);
        assertThat(again.index()).isSameAs(appended);
        assertThat(again.index().metadata().flatMap(DocumentMetadata::lastModified))
                .hasValue("2025-01-02T03:04:05Z");
    }

    @Test
    void replacesTheLastEntryWhenItIsAStrictSubset() {
        IndexRelease x86Only = IndexRelease.builder()
                .version("41.20250101.3.0")
                .metadata(URL)
                .commits(List.of(IndexCommit.builder()
                        .architecture("x86_64")
                        .checksum("c".repeat(64))
                        .build()))
                .build();
        ReleaseIndex partial = withReleases(index(), x86Only);

        IndexUpdate update = ReleaseIndexUpdater.add(partial, release(), URL, CLOCK);

        assertThat(update.change()).isEqualTo(IndexChange.REPLACED);
        assertThat(update.index()).isEqualTo(read(DocumentType.RELEASE_INDEX, "releases-appended.json"));
        assertThat(partial.releases()).hasSize(2).last().isEqualTo(x86Only);
    }

    @Test
    void refusesWhenTheExistingEntryIsNotASubset() {
        IndexRelease other = IndexRelease.builder()
                .version("41.20250101.3.0")
                .metadata(URL)
                .commits(List.of(IndexCommit.builder()
                        .architecture("x86_64")
                        .checksum("0".repeat(64))
                        .build()))
                .build();
        ReleaseIndex index = withReleases(index(), other);
        ReleaseIndex copy = ReleaseIndex.builder().from(index).build();

        assertThatThrownBy(() -> ReleaseIndexUpdater.add(index, release(), URL, CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage("release 41.20250101.3.0 is already the last entry of the index, and the new entry is not a"
                        + " superset of it: it lacks commit x86_64 " + "0".repeat(64));
        assertThat(index).isEqualTo(copy);
    }

    @Test
    void refusesWhenTheReleaseIsNotTheLastEntry() {
        ReleaseIndex appended =
                ReleaseIndexUpdater.add(index(), release(), URL, CLOCK).index();
        ReleaseIndex newer = withReleases(
                appended,
                IndexRelease.builder()
                        .version("41.20250115.3.0")
                        .metadata("https://example.org/41.20250115.3.0/release.json")
                        .commits(List.of(IndexCommit.builder()
                                .architecture("x86_64")
                                .checksum("e".repeat(64))
                                .build()))
                        .build());

        assertThatThrownBy(() -> ReleaseIndexUpdater.add(newer, release(), URL, CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage(
                        "release 41.20250101.3.0 is already in the index at position 2 of 3, not the last one: only the"
                                + " newest release can be updated");
    }

    @Test
    void refusesAReleaseOfAnotherStream() {
        ReleaseIndex testing =
                ReleaseIndex.builder().from(index()).stream("testing").build();

        assertThatThrownBy(() -> ReleaseIndexUpdater.add(testing, release(), URL, CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage("the release index is for stream \"testing\" but release 41.20250101.3.0 is for stream"
                        + " \"stable\"");
    }

    @Test
    void refusesAReleaseWithoutPayloads() {
        Release empty = Release.builder()
                .from(release())
                .architectures(Map.of("x86_64", ReleaseArch.builder().build()))
                .build();

        assertThatThrownBy(() -> ReleaseIndexUpdater.add(index(), empty, URL, CLOCK))
                .isInstanceOf(ConversionException.class)
                .hasMessage("release 41.20250101.3.0 has no architecture with a commit or an OCI image: an index entry"
                        + " needs at least one");
    }

    @Test
    void anEmptyIndexGetsItsStreamAndMetadata() {
        ReleaseIndex empty = ReleaseIndex.builder().build();

        IndexUpdate update = ReleaseIndexUpdater.add(empty, release(), URL, CLOCK);

        assertThat(update.change()).isEqualTo(IndexChange.APPENDED);
        assertThat(json(DocumentType.RELEASE_INDEX, update.index()))
                .isEqualTo("{\n  \"stream\": \"stable\",\n  \"metadata\": {\n    \"last-modified\":"
                        + " \"2025-01-02T03:04:05Z\"\n  },\n  \"releases\": [\n    {\n      \"version\":"
                        + " \"41.20250101.3.0\",\n      \"metadata\": \"" + URL + "\",\n      \"commits\": [\n"
                        + "        {\n          \"architecture\": \"x86_64\",\n          \"checksum\": \""
                        + "c".repeat(64) + "\"\n        },\n        {\n          \"architecture\": \"s390x\",\n"
                        + "          \"checksum\": \"" + "7".repeat(64) + "\"\n        }\n      ],\n"
                        + "      \"oci-images\": [\n        {\n          \"architecture\": \"x86_64\",\n"
                        + "          \"image\": \"quay.io/fedora/fedora-coreos:stable\",\n          \"digest-ref\":"
                        + " \"quay.io/fedora/fedora-coreos@sha256:" + "1".repeat(64) + "\"\n        },\n        {\n"
                        + "          \"architecture\": \"aarch64\",\n          \"image\":"
                        + " \"quay.io/fedora/fedora-coreos:stable\",\n          \"digest-ref\":"
                        + " \"quay.io/fedora/fedora-coreos@sha256:" + "9".repeat(64) + "\"\n        }\n      ]\n"
                        + "    }\n  ]\n}\n");
    }

    @Test
    void anOciOnlyReleaseHasNoCommitsList() {
        Release ociOnly = Release.builder()
                .from(release())
                .architectures(Map.of("aarch64", release().architectures().get("aarch64")))
                .build();

        IndexRelease entry = ReleaseIndexUpdater.entry(ociOnly, URL);

        assertThat(entry.commits()).isEmpty();
        assertThat(entry.ociImages().orElseThrow()).hasSize(1);
    }
}
