/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import io.github.coreosrelease.core.model.release.AwsWinliImages;
import io.github.coreosrelease.core.model.release.CloudObject;
import io.github.coreosrelease.core.model.release.GcpImage;
import io.github.coreosrelease.core.model.release.KubevirtImage;
import io.github.coreosrelease.core.model.release.RegionImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.model.release.RhelCoreosExtensions;
import io.github.coreosrelease.core.model.stream.StreamArch;
import io.github.coreosrelease.core.model.stream.StreamAzureDisk;
import io.github.coreosrelease.core.model.stream.StreamContainerImage;
import io.github.coreosrelease.core.model.stream.StreamGcpImage;
import io.github.coreosrelease.core.model.stream.StreamImages;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.model.stream.StreamPlatform;
import io.github.coreosrelease.core.model.stream.StreamRegionImage;
import io.github.coreosrelease.core.model.stream.StreamRegionImages;
import io.github.coreosrelease.core.model.stream.StreamRegionObject;
import io.github.coreosrelease.core.model.stream.StreamRegionObjects;
import io.github.coreosrelease.core.model.stream.StreamRhelCoreosExtensions;
import io.github.coreosrelease.core.pipeline.internal.Timestamps;
import io.github.coreosrelease.core.ref.ImageReference;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Derives the stream metadata {@code streams/<stream>.json} from a stream's newest {@code
 * release.json} (SPEC §1.8).
 *
 * <p>For every architecture: the artifacts of every platform that has some, under {@code
 * artifacts.<platform>.formats}; the cloud images ({@code aws} and {@code aliyun} per region,
 * {@code ibmcloud} and {@code powervs} objects per region, the {@code gcp} image, the {@code
 * kubevirt} image) under {@code images}; under {@code rhel-coreos-extensions} the AWS Windows
 * License Included images ({@code aws-winli.regions}, when the release has AWS media) and the Azure
 * disk (when it has Azure media), as stream-metadata-go derives them. Each of them carries {@code
 * release}. Artifacts carry location, sha256, the signature when not empty and the uncompressed
 * sha256 when known; release metadata's explicit nulls are not copied. {@code
 * metadata.last-modified} comes from the clock.
 *
 * <pre>{@code
 * StreamMetadata stream = StreamMetadataGenerator.fromRelease(release, Clock.systemUTC());
 * }</pre>
 */
public final class StreamMetadataGenerator {
    private StreamMetadataGenerator() {}

    /**
     * Derives the stream metadata of a release.
     *
     * @param release the newest release of the stream
     * @param clock the source of {@code last-modified}
     * @return the stream metadata, architectures and platforms in the release's order
     * @throws ConversionException if a KubeVirt image has no {@code digest-ref} and its image is not
     *     pinned by digest (stream metadata needs one)
     */
    public static StreamMetadata fromRelease(Release release, Clock clock) {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(clock, "clock");
        Map<String, StreamArch> arches = new LinkedHashMap<>();
        release.architectures().forEach((name, arch) -> arches.put(name, streamArch(release, name, arch)));
        return StreamMetadata.builder().stream(release.stream())
                .metadata(DocumentMetadata.builder()
                        .lastModified(Timestamps.lastModified(clock))
                        .build())
                .architectures(arches)
                .build();
    }

    private static StreamArch streamArch(Release release, String archName, ReleaseArch arch) {
        String version = release.release();
        StreamArch.Builder stream = StreamArch.builder();
        StreamImages.Builder images = StreamImages.builder();
        for (Map.Entry<String, ReleaseMedia> entry : arch.media().entrySet()) {
            String platform = entry.getKey();
            ReleaseMedia media = entry.getValue();
            if (!media.artifacts().isEmpty()) {
                stream.putArtifact(
                        platform,
                        StreamPlatform.builder()
                                .release(version)
                                .formats(streamFormats(media.artifacts()))
                                .build());
            }
            switch (platform) {
                case "aws" -> media.regionImages().ifPresent(regions -> images.aws(regionImages(version, regions)));
                case "aliyun" ->
                    media.regionImages().ifPresent(regions -> images.aliyun(regionImages(version, regions)));
                case "ibmcloud" ->
                    media.cloudObjects().ifPresent(objects -> images.ibmcloud(regionObjects(version, objects)));
                case "powervs" ->
                    media.cloudObjects().ifPresent(objects -> images.powervs(regionObjects(version, objects)));
                case "gcp" -> media.gcpImage().ifPresent(gcp -> images.gcp(gcpImage(version, gcp)));
                case "kubevirt" ->
                    media.kubevirtImage().ifPresent(image -> images.kubevirt(kubevirtImage(version, archName, image)));
                default -> {
                    // Other platforms publish no cloud images in stream metadata.
                }
            }
        }
        stream.images(images.build());
        arch.rhelCoreosExtensions()
                .ifPresent(extensions -> stream.rhelCoreosExtensions(streamExtensions(version, arch, extensions)));
        return stream.build();
    }

    /**
     * The RHEL CoreOS extensions as stream-metadata-go derives them: the Windows License Included
     * AMIs when the release has AWS media, the Azure disk when it has Azure media.
     */
    private static StreamRhelCoreosExtensions streamExtensions(
            String version, ReleaseArch arch, RhelCoreosExtensions extensions) {
        StreamRhelCoreosExtensions.Builder out = StreamRhelCoreosExtensions.builder();
        if (arch.media().containsKey("aws")) {
            extensions
                    .awsWinli()
                    .flatMap(AwsWinliImages::images)
                    .ifPresent(regions -> out.awsWinli(regionImages(version, regions)));
        }
        if (arch.media().containsKey("azure")) {
            extensions
                    .azureDisk()
                    .ifPresent(disk -> out.azureDisk(StreamAzureDisk.builder()
                            .release(version)
                            .url(disk.url())
                            .build()));
        }
        return out.build();
    }

    /**
     * The formats as stream metadata carries them: location, signature when there is one, sha256,
     * uncompressed-sha256 when known. The explicit nulls of release metadata are not copied.
     */
    private static Map<String, ArtifactFormat> streamFormats(Map<String, ArtifactFormat> formats) {
        Map<String, ArtifactFormat> out = new LinkedHashMap<>();
        formats.forEach((key, format) -> out.put(
                key,
                ArtifactFormat.builder()
                        .disk(format.disk().map(StreamMetadataGenerator::streamArtifact))
                        .kernel(format.kernel().map(StreamMetadataGenerator::streamArtifact))
                        .initramfs(format.initramfs().map(StreamMetadataGenerator::streamArtifact))
                        .rootfs(format.rootfs().map(StreamMetadataGenerator::streamArtifact))
                        .build()));
        return out;
    }

    private static Artifact streamArtifact(Artifact artifact) {
        return Artifact.builder()
                .location(artifact.location())
                .signature(artifact.signature().filter(signature -> !signature.isEmpty()))
                .sha256(artifact.sha256())
                .uncompressedSha256(artifact.uncompressedSha256())
                .build();
    }

    private static StreamRegionImages regionImages(String version, Map<String, RegionImage> regions) {
        Map<String, StreamRegionImage> out = new LinkedHashMap<>();
        regions.forEach((region, image) -> out.put(
                region,
                StreamRegionImage.builder()
                        .release(version)
                        .image(image.image())
                        .build()));
        return StreamRegionImages.builder().regions(out).build();
    }

    private static StreamRegionObjects regionObjects(String version, Map<String, CloudObject> objects) {
        Map<String, StreamRegionObject> out = new LinkedHashMap<>();
        objects.forEach((region, object) -> out.put(
                region,
                StreamRegionObject.builder()
                        .release(version)
                        .object(object.object())
                        .bucket(object.bucket())
                        .url(object.url())
                        .build()));
        return StreamRegionObjects.builder().regions(out).build();
    }

    private static StreamGcpImage gcpImage(String version, GcpImage gcp) {
        return StreamGcpImage.builder()
                .release(version)
                .project(gcp.project())
                .family(gcp.family())
                .name(gcp.name())
                .build();
    }

    private static StreamContainerImage kubevirtImage(String version, String arch, KubevirtImage image) {
        // Older releases pin the image itself and have no digest-ref: the image is then its own digest-ref.
        String digestRef = image.digestRef()
                .or(() -> pinned(image.image()))
                .orElseThrow(() -> new ConversionException("release " + version + ": /architectures/" + arch
                        + "/media/kubevirt/image/digest-ref: missing, and the"
                        + " image \"" + image.image() + "\" is not pinned by digest; stream metadata needs a"
                        + " digest-ref"));
        return StreamContainerImage.builder()
                .release(version)
                .image(image.image())
                .digestRef(digestRef)
                .build();
    }

    private static Optional<String> pinned(String image) {
        try {
            return ImageReference.parse(image).isDigestReference() ? Optional.of(image) : Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
