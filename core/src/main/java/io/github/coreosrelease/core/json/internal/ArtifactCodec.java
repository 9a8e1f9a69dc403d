/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import java.util.Set;

/**
 * Reads and writes the artifact objects shared by release metadata and stream metadata (SPEC §1.4,
 * §1.8): a format {@code {disk|kernel|initramfs|rootfs: artifact}} and an artifact {@code
 * {location, signature, sha256, uncompressed-sha256}}.
 */
public final class ArtifactCodec {
    private static final Set<String> FORMAT_KNOWN = Set.of("disk", "kernel", "initramfs", "rootfs");
    private static final Set<String> ARTIFACT_KNOWN = Set.of("location", "signature", "sha256", "uncompressed-sha256");

    private ArtifactCodec() {}

    /**
     * Reads the files of one format.
     *
     * @param at the format object
     * @return the model
     */
    public static ArtifactFormat decodeFormat(JsonCursor at) {
        return ArtifactFormat.builder()
                .disk(at.field("disk").map(ArtifactCodec::decodeArtifact))
                .kernel(at.field("kernel").map(ArtifactCodec::decodeArtifact))
                .initramfs(at.field("initramfs").map(ArtifactCodec::decodeArtifact))
                .rootfs(at.field("rootfs").map(ArtifactCodec::decodeArtifact))
                .extraFields(at.extraFields(FORMAT_KNOWN))
                .build();
    }

    /**
     * Reads one artifact.
     *
     * @param at the artifact object
     * @return the model
     */
    public static Artifact decodeArtifact(JsonCursor at) {
        return Artifact.builder()
                .location(at.requiredString("location"))
                .signature(at.optionalString("signature"))
                .sha256(at.requiredString("sha256"))
                .uncompressedSha256(at.optionalString("uncompressed-sha256"))
                .extraFields(at.extraFields(ARTIFACT_KNOWN))
                .build();
    }

    /**
     * Writes the files of one format.
     *
     * @param out the target
     * @param format the model
     */
    public static void encodeFormat(JsonOut out, ArtifactFormat format) {
        out.startObject(format.extraFields());
        out.field("disk", format.disk(), ArtifactCodec::encodeArtifact);
        out.field("kernel", format.kernel(), ArtifactCodec::encodeArtifact);
        out.field("initramfs", format.initramfs(), ArtifactCodec::encodeArtifact);
        out.field("rootfs", format.rootfs(), ArtifactCodec::encodeArtifact);
        out.endObject();
    }

    /**
     * Writes one artifact.
     *
     * @param out the target
     * @param artifact the model
     */
    public static void encodeArtifact(JsonOut out, Artifact artifact) {
        out.startObject(artifact.extraFields());
        out.field("location", artifact.location());
        out.field("signature", artifact.signature());
        out.field("sha256", artifact.sha256());
        out.field("uncompressed-sha256", artifact.uncompressedSha256());
        out.endObject();
    }
}
