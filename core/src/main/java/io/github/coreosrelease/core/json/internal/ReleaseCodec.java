/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.release.AwsWinliImages;
import io.github.coreosrelease.core.model.release.AzureDisk;
import io.github.coreosrelease.core.model.release.CloudObject;
import io.github.coreosrelease.core.model.release.GcpImage;
import io.github.coreosrelease.core.model.release.KubevirtImage;
import io.github.coreosrelease.core.model.release.RegionImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.model.release.ReleaseOciImage;
import io.github.coreosrelease.core.model.release.RhelCoreosExtensions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the release metadata {@code release.json} (SPEC §1.4).
 *
 * <p>The {@code images} and {@code image} keys of a platform are typed according to the platform
 * ({@code aws}/{@code aliyun}, {@code ibmcloud}/{@code powervs}, {@code gcp}, {@code kubevirt}), as
 * in the release tooling; on any other platform they are kept as unknown fields.
 */
public final class ReleaseCodec implements Codec<Release> {
    private static final Set<String> KNOWN = Set.of("release", "stream", "metadata", "architectures");
    private static final Set<String> ARCH_KNOWN = Set.of("commit", "oci-image", "media", "rhel-coreos-extensions");
    private static final Set<String> OCI_KNOWN = Set.of("image", "digest-ref");
    private static final Set<String> MEDIA_KNOWN = Set.of("artifacts");
    private static final Set<String> MEDIA_WITH_IMAGES_KNOWN = Set.of("artifacts", "images");
    private static final Set<String> MEDIA_WITH_IMAGE_KNOWN = Set.of("artifacts", "image");
    private static final Set<String> SECEX_MEDIA_KNOWN = Set.of("artifacts", "ignition-gpg-key");
    private static final Set<String> REGION_IMAGE_KNOWN = Set.of("image");
    private static final Set<String> CLOUD_OBJECT_KNOWN = Set.of("object", "bucket", "url");
    private static final Set<String> GCP_KNOWN = Set.of("project", "family", "name");
    private static final Set<String> KUBEVIRT_KNOWN = Set.of("image", "digest-ref");
    private static final Set<String> EXTENSIONS_KNOWN = Set.of("azure-disk", "aws-winli");
    private static final Set<String> AWS_WINLI_KNOWN = Set.of("images");
    private static final Set<String> AZURE_DISK_KNOWN = Set.of("url");

    @Override
    public Release decode(JsonCursor at) {
        return Release.builder().release(at.requiredString("release")).stream(at.requiredString("stream"))
                .metadata(at.field("metadata").map(DocumentMetadataCodec::decodeMetadata))
                .architectures(at.required("architectures").map(ReleaseCodec::arch))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    private static ReleaseArch arch(JsonCursor at) {
        Map<String, ReleaseMedia> media = new LinkedHashMap<>();
        at.required("media").map(Function.identity()).forEach((platform, c) -> media.put(platform, media(platform, c)));
        return ReleaseArch.builder()
                .commit(at.optionalString("commit"))
                .ociImage(at.field("oci-image").map(ReleaseCodec::ociImage))
                .media(media)
                .rhelCoreosExtensions(at.field("rhel-coreos-extensions").map(ReleaseCodec::extensions))
                .extraFields(at.extraFields(ARCH_KNOWN))
                .build();
    }

    private static ReleaseOciImage ociImage(JsonCursor at) {
        return ReleaseOciImage.builder()
                .image(at.requiredString("image"))
                .digestRef(at.requiredString("digest-ref"))
                .extraFields(at.extraFields(OCI_KNOWN))
                .build();
    }

    private static ReleaseMedia media(String platform, JsonCursor at) {
        Optional<JsonCursor> artifacts = at.field("artifacts");
        ReleaseMedia.Builder media = ReleaseMedia.builder()
                .artifacts(
                        artifacts.map(c -> c.map(ArtifactCodec::decodeFormat)).orElse(Map.of()))
                .hasArtifactsKey(artifacts.isPresent());
        Set<String> known;
        switch (platform) {
            case "aws", "aliyun" -> {
                media.regionImages(at.field("images").map(c -> c.map(ReleaseCodec::regionImage)));
                known = MEDIA_WITH_IMAGES_KNOWN;
            }
            case "ibmcloud", "powervs" -> {
                media.cloudObjects(at.field("images").map(c -> c.map(ReleaseCodec::cloudObject)));
                known = MEDIA_WITH_IMAGES_KNOWN;
            }
            case "gcp" -> {
                media.gcpImage(at.field("image").map(ReleaseCodec::gcpImage));
                known = MEDIA_WITH_IMAGE_KNOWN;
            }
            case "kubevirt" -> {
                media.kubevirtImage(at.field("image").map(ReleaseCodec::kubevirtImage));
                known = MEDIA_WITH_IMAGE_KNOWN;
            }
            case "qemu-secex" -> {
                media.ignitionGpgKey(at.field("ignition-gpg-key").map(ArtifactCodec::decodeArtifact));
                known = SECEX_MEDIA_KNOWN;
            }
            default -> known = MEDIA_KNOWN;
        }
        return media.extraFields(at.extraFields(known)).build();
    }

    private static RegionImage regionImage(JsonCursor at) {
        return RegionImage.builder()
                .image(at.requiredString("image"))
                .extraFields(at.extraFields(REGION_IMAGE_KNOWN))
                .build();
    }

    private static CloudObject cloudObject(JsonCursor at) {
        return CloudObject.builder()
                .object(at.requiredString("object"))
                .bucket(at.requiredString("bucket"))
                .url(at.requiredString("url"))
                .extraFields(at.extraFields(CLOUD_OBJECT_KNOWN))
                .build();
    }

    private static GcpImage gcpImage(JsonCursor at) {
        return GcpImage.builder()
                .project(at.optionalString("project"))
                .family(at.optionalString("family"))
                .name(at.requiredString("name"))
                .extraFields(at.extraFields(GCP_KNOWN))
                .build();
    }

    private static KubevirtImage kubevirtImage(JsonCursor at) {
        return KubevirtImage.builder()
                .image(at.requiredString("image"))
                .digestRef(at.optionalString("digest-ref"))
                .extraFields(at.extraFields(KUBEVIRT_KNOWN))
                .build();
    }

    private static RhelCoreosExtensions extensions(JsonCursor at) {
        return RhelCoreosExtensions.builder()
                .azureDisk(at.field("azure-disk").map(ReleaseCodec::azureDisk))
                .awsWinli(at.field("aws-winli").map(ReleaseCodec::awsWinli))
                .extraFields(at.extraFields(EXTENSIONS_KNOWN))
                .build();
    }

    private static AwsWinliImages awsWinli(JsonCursor at) {
        return AwsWinliImages.builder()
                .images(at.field("images").map(c -> c.map(ReleaseCodec::regionImage)))
                .extraFields(at.extraFields(AWS_WINLI_KNOWN))
                .build();
    }

    private static AzureDisk azureDisk(JsonCursor at) {
        return AzureDisk.builder()
                .url(at.optionalString("url"))
                .extraFields(at.extraFields(AZURE_DISK_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, Release release) {
        out.startObject(release.extraFields());
        out.field("release", release.release());
        out.field("stream", release.stream());
        out.field("metadata", release.metadata(), DocumentMetadataCodec::encodeMetadata);
        out.name("architectures");
        out.object(release.architectures(), ReleaseCodec::encodeArch);
        out.endObject();
    }

    private static void encodeArch(JsonOut out, ReleaseArch arch) {
        out.startObject(arch.extraFields());
        // The generator's order: media first, then commit and OCI image.
        out.name("media");
        out.object(arch.media(), ReleaseCodec::encodeMedia);
        out.field("commit", arch.commit());
        out.field("oci-image", arch.ociImage(), ReleaseCodec::encodeOciImage);
        out.field("rhel-coreos-extensions", arch.rhelCoreosExtensions(), ReleaseCodec::encodeExtensions);
        out.endObject();
    }

    private static void encodeOciImage(JsonOut out, ReleaseOciImage image) {
        out.startObject(image.extraFields());
        out.field("image", image.image());
        out.field("digest-ref", image.digestRef());
        out.endObject();
    }

    private static void encodeMedia(JsonOut out, ReleaseMedia media) {
        out.startObject(media.extraFields());
        boolean artifacts = media.hasArtifactsKey() || !media.artifacts().isEmpty();
        out.field(
                "artifacts",
                artifacts ? Optional.of(media.artifacts()) : Optional.empty(),
                (o, formats) -> o.object(formats, ArtifactCodec::encodeFormat));
        out.field("images", media.regionImages(), (o, images) -> o.object(images, ReleaseCodec::encodeRegionImage));
        out.field("images", media.cloudObjects(), (o, objects) -> o.object(objects, ReleaseCodec::encodeCloudObject));
        out.field("image", media.gcpImage(), ReleaseCodec::encodeGcpImage);
        out.field("image", media.kubevirtImage(), ReleaseCodec::encodeKubevirtImage);
        out.field("ignition-gpg-key", media.ignitionGpgKey(), ArtifactCodec::encodeArtifact);
        out.endObject();
    }

    private static void encodeRegionImage(JsonOut out, RegionImage image) {
        out.startObject(image.extraFields());
        out.field("image", image.image());
        out.endObject();
    }

    private static void encodeCloudObject(JsonOut out, CloudObject object) {
        out.startObject(object.extraFields());
        out.field("object", object.object());
        out.field("bucket", object.bucket());
        out.field("url", object.url());
        out.endObject();
    }

    private static void encodeGcpImage(JsonOut out, GcpImage image) {
        out.startObject(image.extraFields());
        out.field("project", image.project());
        out.field("family", image.family());
        out.field("name", image.name());
        out.endObject();
    }

    private static void encodeKubevirtImage(JsonOut out, KubevirtImage image) {
        out.startObject(image.extraFields());
        out.field("image", image.image());
        out.field("digest-ref", image.digestRef());
        out.endObject();
    }

    private static void encodeExtensions(JsonOut out, RhelCoreosExtensions extensions) {
        out.startObject(extensions.extraFields());
        out.field("azure-disk", extensions.azureDisk(), ReleaseCodec::encodeAzureDisk);
        out.field("aws-winli", extensions.awsWinli(), ReleaseCodec::encodeAwsWinli);
        out.endObject();
    }

    private static void encodeAwsWinli(JsonOut out, AwsWinliImages winli) {
        out.startObject(winli.extraFields());
        out.field("images", winli.images(), (o, images) -> o.object(images, ReleaseCodec::encodeRegionImage));
        out.endObject();
    }

    private static void encodeAzureDisk(JsonOut out, AzureDisk disk) {
        out.startObject(disk.extraFields());
        out.field("url", disk.url());
        out.endObject();
    }
}
