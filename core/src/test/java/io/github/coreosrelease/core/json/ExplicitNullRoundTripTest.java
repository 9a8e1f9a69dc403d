/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static io.github.coreosrelease.core.json.TextDocuments.read;
import static io.github.coreosrelease.core.json.TextDocuments.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An explicit {@code null} is absent to the model and stays where it stood when the document is
 * written back (SPEC §1): the generator's {@code "uncompressed-sha256": null}, an updates entry's
 * {@code "barrier": null}, and nulls of every other document.
 */
class ExplicitNullRoundTripTest {
    private static final String SHA = "a".repeat(64);

    @Test
    void releaseArtifactsKeepTheGeneratorsNullInPlace() {
        // As coreos-assembler's generate-release-meta writes it: media first, a null checksum.
        String json = "{\"release\":\"41.20250101.3.0\",\"stream\":\"stable\",\"architectures\":{\"x86_64\":{"
                + "\"media\":{\"qemu\":{\"artifacts\":{\"qcow2.xz\":{\"disk\":{"
                + "\"location\":\"https://example.org/q.qcow2.xz\",\"signature\":\"https://example.org/q.qcow2.xz.sig\","
                + "\"sha256\":\"" + SHA + "\",\"uncompressed-sha256\":null}}}}},"
                + "\"commit\":\"" + SHA + "\"}}}";

        Release release = read(DocumentType.RELEASE, json);

        Artifact disk = release.architectures()
                .get("x86_64")
                .media()
                .get("qemu")
                .artifacts()
                .get("qcow2.xz")
                .disk()
                .orElseThrow();
        assertThat(disk.uncompressedSha256()).isEmpty();
        assertThat(disk.extraFields()).containsExactly(Map.entry("uncompressed-sha256", RawJson.nullValue()));
        assertThat(write(DocumentType.RELEASE, release)).isEqualTo(json);
    }

    @Test
    void updatesKeepNullPoliciesInPlaceAndReadThemAsAbsent() {
        String json = "{\"stream\":\"stable\",\"metadata\":{\"last-modified\":\"2025-01-01T00:00:00Z\"},"
                + "\"releases\":[{\"version\":\"41.20250101.3.0\",\"metadata\":{\"barrier\":null,"
                + "\"deadend\":{\"reason\":\"https://example.org/1\"},\"rollout\":{\"start_epoch\":null,"
                + "\"start_percentage\":1.0,\"duration_minutes\":null}}}]}";

        Updates updates = read(DocumentType.UPDATES, json);

        UpdateMetadata metadata = updates.releases().get(0).metadata();
        assertThat(metadata.barrier()).isEmpty();
        assertThat(metadata.rollout().orElseThrow().startEpoch()).isEmpty();
        assertThat(metadata.rollout().orElseThrow().durationMinutes()).isEmpty();
        assertThat(write(DocumentType.UPDATES, updates)).isEqualTo(json);
    }

    @Test
    void aValueSetLaterWinsOverTheKeptNull() {
        Updates updates = read(
                DocumentType.UPDATES,
                "{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"barrier\":null}}]}");
        UpdateMetadata withBarrier = UpdateMetadata.builder()
                .from(updates.releases().get(0).metadata())
                .barrier(Reason.builder().reason("r").build())
                .build();
        Updates changed = Updates.builder()
                .from(updates)
                .releases(List.of(UpdateRelease.builder()
                        .from(updates.releases().get(0))
                        .metadata(withBarrier)
                        .build()))
                .build();

        assertThat(write(DocumentType.UPDATES, changed))
                .isEqualTo("{\"stream\":\"s\",\"releases\":[{\"version\":\"1\",\"metadata\":{\"barrier\":"
                        + "{\"reason\":\"r\"}}}]}");
    }

    @Test
    void indexMetaAndStreamKeepTheirNulls() {
        String index = "{\"note\":null,\"stream\":\"stable\",\"releases\":[{\"version\":\"1\",\"metadata\":\"u\","
                + "\"commits\":null,\"oci-images\":[]}]}";
        String meta = "{\"buildid\":\"b\",\"name\":\"n\",\"ostree-commit\":\"c\",\"ostree-timestamp\":\"t\","
                + "\"ostree-version\":\"v\",\"summary\":null}";
        String stream = "{\"stream\":\"stable\",\"metadata\":{\"last-modified\":\"2025-01-01T00:00:00Z\"},"
                + "\"architectures\":{\"x86_64\":{\"artifacts\":{},\"images\":{\"aws\":null,\"gcp\":{\"release\":\"1\","
                + "\"project\":\"p\",\"family\":null,\"name\":\"n\"}}}}}";

        ReleaseIndex readIndex = read(DocumentType.RELEASE_INDEX, index);
        IndexRelease release = readIndex.releases().get(0);
        BuildMeta readMeta = read(DocumentType.META, meta);
        StreamMetadata readStream = read(DocumentType.STREAM, stream);

        assertThat(readIndex.note()).isEmpty();
        assertThat(release.commits()).isEmpty();
        assertThat(readMeta.summary()).isEmpty();
        assertThat(readStream
                        .architectures()
                        .get("x86_64")
                        .images()
                        .orElseThrow()
                        .aws())
                .isEmpty();
        assertThat(write(DocumentType.RELEASE_INDEX, readIndex)).isEqualTo(index);
        assertThat(write(DocumentType.META, readMeta)).isEqualTo(meta);
        assertThat(write(DocumentType.STREAM, readStream)).isEqualTo(stream);
    }
}
