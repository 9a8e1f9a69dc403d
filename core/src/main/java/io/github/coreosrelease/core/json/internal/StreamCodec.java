/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

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
import java.util.Set;

/** Reads and writes the stream metadata {@code streams/<stream>.json} (SPEC §1.8). */
public final class StreamCodec implements Codec<StreamMetadata> {
    private static final Set<String> KNOWN = Set.of("stream", "metadata", "architectures");
    private static final Set<String> ARCH_KNOWN = Set.of("artifacts", "images", "rhel-coreos-extensions");
    private static final Set<String> PLATFORM_KNOWN = Set.of("release", "formats");
    private static final Set<String> IMAGES_KNOWN = Set.of("aliyun", "aws", "gcp", "ibmcloud", "kubevirt", "powervs");
    private static final Set<String> REGIONS_KNOWN = Set.of("regions");
    private static final Set<String> REGION_IMAGE_KNOWN = Set.of("release", "image");
    private static final Set<String> REGION_OBJECT_KNOWN = Set.of("release", "object", "bucket", "url");
    private static final Set<String> GCP_KNOWN = Set.of("release", "project", "family", "name");
    private static final Set<String> CONTAINER_KNOWN = Set.of("release", "image", "digest-ref");
    private static final Set<String> EXTENSIONS_KNOWN = Set.of("aws-winli", "azure-disk");
    private static final Set<String> AZURE_DISK_KNOWN = Set.of("release", "url");

    @Override
    public StreamMetadata decode(JsonCursor at) {
        return StreamMetadata.builder().stream(at.requiredString("stream"))
                .metadata(DocumentMetadataCodec.decodeMetadata(at.required("metadata")))
                .architectures(at.required("architectures").map(StreamCodec::arch))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    private static StreamArch arch(JsonCursor at) {
        return StreamArch.builder()
                .artifacts(at.required("artifacts").map(StreamCodec::platform))
                .images(at.field("images").map(StreamCodec::images))
                .rhelCoreosExtensions(at.field("rhel-coreos-extensions").map(StreamCodec::extensions))
                .extraFields(at.extraFields(ARCH_KNOWN))
                .build();
    }

    private static StreamPlatform platform(JsonCursor at) {
        return StreamPlatform.builder()
                .release(at.requiredString("release"))
                .formats(at.required("formats").map(ArtifactCodec::decodeFormat))
                .extraFields(at.extraFields(PLATFORM_KNOWN))
                .build();
    }

    private static StreamImages images(JsonCursor at) {
        return StreamImages.builder()
                .aliyun(at.field("aliyun").map(StreamCodec::regionImages))
                .aws(at.field("aws").map(StreamCodec::regionImages))
                .gcp(at.field("gcp").map(StreamCodec::gcpImage))
                .ibmcloud(at.field("ibmcloud").map(StreamCodec::regionObjects))
                .kubevirt(at.field("kubevirt").map(StreamCodec::containerImage))
                .powervs(at.field("powervs").map(StreamCodec::regionObjects))
                .extraFields(at.extraFields(IMAGES_KNOWN))
                .build();
    }

    private static StreamRegionImages regionImages(JsonCursor at) {
        return StreamRegionImages.builder()
                .regions(at.field("regions").map(c -> c.map(StreamCodec::regionImage)))
                .extraFields(at.extraFields(REGIONS_KNOWN))
                .build();
    }

    private static StreamRegionImage regionImage(JsonCursor at) {
        return StreamRegionImage.builder()
                .release(at.requiredString("release"))
                .image(at.requiredString("image"))
                .extraFields(at.extraFields(REGION_IMAGE_KNOWN))
                .build();
    }

    private static StreamRegionObjects regionObjects(JsonCursor at) {
        return StreamRegionObjects.builder()
                .regions(at.field("regions").map(c -> c.map(StreamCodec::regionObject)))
                .extraFields(at.extraFields(REGIONS_KNOWN))
                .build();
    }

    private static StreamRegionObject regionObject(JsonCursor at) {
        return StreamRegionObject.builder()
                .release(at.requiredString("release"))
                .object(at.requiredString("object"))
                .bucket(at.requiredString("bucket"))
                .url(at.requiredString("url"))
                .extraFields(at.extraFields(REGION_OBJECT_KNOWN))
                .build();
    }

    private static StreamGcpImage gcpImage(JsonCursor at) {
        return StreamGcpImage.builder()
                .release(at.optionalString("release"))
                .project(at.optionalString("project"))
                .family(at.optionalString("family"))
                .name(at.requiredString("name"))
                .extraFields(at.extraFields(GCP_KNOWN))
                .build();
    }

    private static StreamContainerImage containerImage(JsonCursor at) {
        return StreamContainerImage.builder()
                .release(at.requiredString("release"))
                .image(at.requiredString("image"))
                .digestRef(at.requiredString("digest-ref"))
                .extraFields(at.extraFields(CONTAINER_KNOWN))
                .build();
    }

    private static StreamRhelCoreosExtensions extensions(JsonCursor at) {
        return StreamRhelCoreosExtensions.builder()
                .azureDisk(at.field("azure-disk").map(StreamCodec::azureDisk))
                .awsWinli(at.field("aws-winli").map(StreamCodec::regionImages))
                .extraFields(at.extraFields(EXTENSIONS_KNOWN))
                .build();
    }

    private static StreamAzureDisk azureDisk(JsonCursor at) {
        return StreamAzureDisk.builder()
                .release(at.requiredString("release"))
                .url(at.optionalString("url"))
                .extraFields(at.extraFields(AZURE_DISK_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, StreamMetadata stream) {
        out.startObject(stream.extraFields());
        out.field("stream", stream.stream());
        out.name("metadata");
        DocumentMetadataCodec.encodeMetadata(out, stream.metadata());
        out.name("architectures");
        out.object(stream.architectures(), StreamCodec::encodeArch);
        out.endObject();
    }

    private static void encodeArch(JsonOut out, StreamArch arch) {
        out.startObject(arch.extraFields());
        out.name("artifacts");
        out.object(arch.artifacts(), StreamCodec::encodePlatform);
        out.field("images", arch.images(), StreamCodec::encodeImages);
        out.field("rhel-coreos-extensions", arch.rhelCoreosExtensions(), StreamCodec::encodeExtensions);
        out.endObject();
    }

    private static void encodePlatform(JsonOut out, StreamPlatform platform) {
        out.startObject(platform.extraFields());
        out.field("release", platform.release());
        out.name("formats");
        out.object(platform.formats(), ArtifactCodec::encodeFormat);
        out.endObject();
    }

    private static void encodeImages(JsonOut out, StreamImages images) {
        out.startObject(images.extraFields());
        out.field("aliyun", images.aliyun(), StreamCodec::encodeRegionImages);
        out.field("aws", images.aws(), StreamCodec::encodeRegionImages);
        out.field("gcp", images.gcp(), StreamCodec::encodeGcpImage);
        out.field("ibmcloud", images.ibmcloud(), StreamCodec::encodeRegionObjects);
        out.field("kubevirt", images.kubevirt(), StreamCodec::encodeContainerImage);
        out.field("powervs", images.powervs(), StreamCodec::encodeRegionObjects);
        out.endObject();
    }

    private static void encodeRegionImages(JsonOut out, StreamRegionImages images) {
        out.startObject(images.extraFields());
        out.field("regions", images.regions(), (o, regions) -> o.object(regions, StreamCodec::encodeRegionImage));
        out.endObject();
    }

    private static void encodeRegionImage(JsonOut out, StreamRegionImage image) {
        out.startObject(image.extraFields());
        out.field("release", image.release());
        out.field("image", image.image());
        out.endObject();
    }

    private static void encodeRegionObjects(JsonOut out, StreamRegionObjects objects) {
        out.startObject(objects.extraFields());
        out.field("regions", objects.regions(), (o, regions) -> o.object(regions, StreamCodec::encodeRegionObject));
        out.endObject();
    }

    private static void encodeRegionObject(JsonOut out, StreamRegionObject object) {
        out.startObject(object.extraFields());
        out.field("release", object.release());
        out.field("object", object.object());
        out.field("bucket", object.bucket());
        out.field("url", object.url());
        out.endObject();
    }

    private static void encodeGcpImage(JsonOut out, StreamGcpImage image) {
        out.startObject(image.extraFields());
        out.field("release", image.release());
        out.field("project", image.project());
        out.field("family", image.family());
        out.field("name", image.name());
        out.endObject();
    }

    private static void encodeContainerImage(JsonOut out, StreamContainerImage image) {
        out.startObject(image.extraFields());
        out.field("release", image.release());
        out.field("image", image.image());
        out.field("digest-ref", image.digestRef());
        out.endObject();
    }

    private static void encodeExtensions(JsonOut out, StreamRhelCoreosExtensions extensions) {
        out.startObject(extensions.extraFields());
        // stream-metadata-go's order: aws-winli, then azure-disk.
        out.field("aws-winli", extensions.awsWinli(), StreamCodec::encodeRegionImages);
        out.field("azure-disk", extensions.azureDisk(), StreamCodec::encodeAzureDisk);
        out.endObject();
    }

    private static void encodeAzureDisk(JsonOut out, StreamAzureDisk disk) {
        out.startObject(disk.extraFields());
        out.field("release", disk.release());
        out.field("url", disk.url());
        out.endObject();
    }
}
