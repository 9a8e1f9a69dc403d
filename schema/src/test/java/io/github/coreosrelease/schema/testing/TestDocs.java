/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.testing;

import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Small release index and updates documents for lint, diff and render tests. Every release has an x86_64 commit and
 * OCI image whose checksum and digest derive from the version, so that they are valid and distinct.
 */
public final class TestDocs {
    public static final String REPOSITORY = "quay.io/fedora/fedora-coreos";

    /** 2025-01-01T00:00:00Z. */
    public static final long NOW = 1_735_689_600L;

    public static final String V1 = "40.20240416.3.0";
    public static final String V2 = "40.20240504.3.0";
    public static final String V3 = "41.20241027.3.0";
    public static final String V4 = "41.20241109.3.0";

    private TestDocs() {}

    public static String hex(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static IndexCommit commit(String arch, String checksum) {
        return IndexCommit.builder().architecture(arch).checksum(checksum).build();
    }

    public static IndexOciImage image(String arch, String image, String digestRef) {
        return IndexOciImage.builder()
                .architecture(arch)
                .image(image)
                .digestRef(digestRef)
                .build();
    }

    public static String digestRef(String version) {
        return REPOSITORY + "@sha256:" + hex("oci " + version);
    }

    /** A release with an x86_64 commit and OCI image. */
    public static IndexRelease release(String version) {
        return releaseWith(
                version,
                List.of(commit("x86_64", hex(version))),
                List.of(image("x86_64", REPOSITORY + ":" + version + "-x86_64", digestRef(version))));
    }

    /** A release with an x86_64 commit only, as before the move to OCI. */
    public static IndexRelease checksumOnly(String version) {
        return IndexRelease.builder()
                .version(version)
                .metadata(metadataUrl(version))
                .commits(List.of(commit("x86_64", hex(version))))
                .build();
    }

    public static IndexRelease releaseWith(String version, List<IndexCommit> commits, List<IndexOciImage> images) {
        return IndexRelease.builder()
                .version(version)
                .metadata(metadataUrl(version))
                .commits(commits)
                .ociImages(images)
                .build();
    }

    private static String metadataUrl(String version) {
        return "https://builds.example.org/prod/streams/stable/builds/" + version + "/release.json";
    }

    public static ReleaseIndex index(IndexRelease... releases) {
        return ReleaseIndex.builder().stream("stable").addReleases(releases).build();
    }

    public static Updates updates(UpdateRelease... entries) {
        return Updates.builder().stream("stable").addReleases(entries).build();
    }

    public static UpdateRelease barrier(String version, String reason) {
        return entry(version, UpdateMetadata.builder().barrier(reason(reason)).build());
    }

    public static UpdateRelease deadend(String version, String reason) {
        return entry(version, UpdateMetadata.builder().deadend(reason(reason)).build());
    }

    public static UpdateRelease barrierAndDeadend(String version, String reason) {
        return entry(
                version,
                UpdateMetadata.builder()
                        .barrier(reason(reason))
                        .deadend(reason(reason))
                        .build());
    }

    public static UpdateRelease rollout(String version, long startEpoch, String startPercentage, long minutes) {
        return entry(
                version,
                UpdateMetadata.builder()
                        .rollout(Rollout.builder()
                                .startEpoch(startEpoch)
                                .startPercentage(JsonDecimal.parse(startPercentage))
                                .durationMinutes(BigInteger.valueOf(minutes))
                                .build())
                        .build());
    }

    public static UpdateRelease entry(String version, UpdateMetadata metadata) {
        return UpdateRelease.builder().version(version).metadata(metadata).build();
    }

    private static Reason reason(String text) {
        return Reason.builder().reason(text).build();
    }

    /** The clean pair: four releases, a barrier on the second, a rollout of the newest. */
    public static ReleaseIndex cleanIndex() {
        return index(release(V1), release(V2), release(V3), release(V4));
    }

    public static Updates cleanUpdates() {
        return updates(barrier(V2, "https://example.org/issues/1"), rollout(V4, NOW - 3600, "0.25", 2880));
    }
}
