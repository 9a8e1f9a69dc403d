/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline.internal;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.AliyunImage;
import io.github.coreosrelease.core.model.meta.AwsAmi;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.CloudArtifact;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.model.meta.GcpUpload;
import io.github.coreosrelease.core.model.meta.MetaArtifact;
import io.github.coreosrelease.core.model.release.Artifact;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import io.github.coreosrelease.core.model.release.AwsWinliImages;
import io.github.coreosrelease.core.model.release.AzureDisk;
import io.github.coreosrelease.core.model.release.CloudObject;
import io.github.coreosrelease.core.model.release.GcpImage;
import io.github.coreosrelease.core.model.release.KubevirtImage;
import io.github.coreosrelease.core.model.release.RegionImage;
import io.github.coreosrelease.core.model.release.ReleaseArch;
import io.github.coreosrelease.core.model.release.ReleaseMedia;
import io.github.coreosrelease.core.model.release.ReleaseOciImage;
import io.github.coreosrelease.core.model.release.RhelCoreosExtensions;
import io.github.coreosrelease.core.oscontainer.ContainerEntries;
import io.github.coreosrelease.core.oscontainer.ContainerEntry;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Builds the {@code architectures.<arch>} entry of a {@code release.json} from the {@code
 * meta.json} of that architecture (SPEC §4.1).
 */
public final class ReleaseArchBuilder {
    /**
     * The platforms whose disk image in {@code images} becomes media, in the order the media are
     * written.
     */
    public static final List<String> PLATFORMS = List.of(
            "aliyun",
            "applehv",
            "aws",
            "azure",
            "azurestack",
            "digitalocean",
            "exoscale",
            "gcp",
            "hetzner",
            "hyperv",
            "ibmcloud",
            "kubevirt",
            "metal",
            "nutanix",
            "nvidiabluefield",
            "openstack",
            "oraclecloud",
            "proxmoxve",
            "powervs",
            "qemu",
            "virtualbox",
            "vmware",
            "vultr",
            "qemu-secex");

    private final BuildMeta meta;
    private final String arch;
    private final String context;
    private final String artifactBase;
    private final boolean signatures;
    private final Optional<String> floatingTag;
    private final Map<String, Draft> media = new HashMap<>();

    private ReleaseArchBuilder(
            BuildMeta meta,
            String arch,
            String stream,
            String baseUrl,
            boolean signatures,
            Optional<String> floatingTag) {
        this.meta = meta;
        this.arch = arch;
        this.context = "meta.json of build " + meta.buildId() + " for " + arch;
        this.artifactBase =
                stripTrailingSlashes(baseUrl) + "/" + stream + "/builds/" + meta.buildId() + "/" + arch + "/";
        this.signatures = signatures;
        this.floatingTag = floatingTag;
    }

    /**
     * Builds one architecture of a release.
     *
     * @param meta the build metadata of the architecture
     * @param arch the architecture, {@code coreos-assembler.basearch}
     * @param stream the stream of the release
     * @param baseUrl where the stream's builds are published
     * @param signatures whether artifacts have {@code .sig} signatures
     * @param floatingTag the floating tag of the container images, or empty to take each entry's
     * @return the architecture entry
     * @throws ConversionException if the build metadata cannot be converted; the message names the
     *     build, the architecture and the JSON pointer
     */
    public static ReleaseArch build(
            BuildMeta meta,
            String arch,
            String stream,
            String baseUrl,
            boolean signatures,
            Optional<String> floatingTag) {
        return new ReleaseArchBuilder(meta, arch, stream, baseUrl, signatures, floatingTag).build();
    }

    /**
     * Removes the trailing slashes of a URL.
     *
     * @param url a URL
     * @return the URL without trailing {@code /}
     */
    public static String stripTrailingSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    private ReleaseArch build() {
        meta.images().ifPresent(images -> {
            Map<String, MetaArtifact> byName = images.byName();
            for (String platform : PLATFORMS) {
                MetaArtifact artifact = byName.get(platform);
                if (artifact != null) {
                    addFormat(platform, format(platform, artifact), "disk", artifact);
                }
            }
            addMetalExtras(byName);
        });
        addCloudImages();
        // The generator writes the metal media of every architecture, empty when the build has no metal image.
        media.computeIfAbsent("metal", p -> new Draft());

        ReleaseArch.Builder release = ReleaseArch.builder();
        if (!meta.coreosAssemblerOciImported().orElse(false)) {
            release.commit(meta.ostreeCommit());
        }
        meta.baseOscontainer().ifPresent(image -> release.ociImage(ociImage(image)));
        for (String platform : PLATFORMS) {
            Draft draft = media.get(platform);
            if (draft != null) {
                release.putMedia(platform, draft.build(platform));
            }
        }
        RhelCoreosExtensions.Builder extensions = RhelCoreosExtensions.builder();
        meta.azure()
                .ifPresent(azure -> extensions.azureDisk(
                        AzureDisk.builder().url(azure.url()).build()));
        meta.awsWinli().ifPresent(uploads -> extensions.awsWinli(awsWinli(uploads)));
        if (meta.azure().isPresent() || meta.awsWinli().isPresent()) {
            release.rhelCoreosExtensions(extensions.build());
        }
        return release.build();
    }

    private void addMetalExtras(Map<String, MetaArtifact> byName) {
        MetaArtifact metal4k = byName.get("metal4k");
        if (metal4k != null) {
            addFormat("metal", "4k." + format("metal4k", metal4k), "disk", metal4k);
        }
        addIfPresent(byName, "iso", "metal", "installer.iso", "disk");
        addIfPresent(byName, "kernel", "metal", "installer-pxe", "kernel");
        addIfPresent(byName, "initramfs", "metal", "installer-pxe", "initramfs");
        addIfPresent(byName, "live-iso", "metal", "iso", "disk");
        addIfPresent(byName, "live-kernel", "metal", "pxe", "kernel");
        addIfPresent(byName, "live-initramfs", "metal", "pxe", "initramfs");
        addIfPresent(byName, "live-rootfs", "metal", "pxe", "rootfs");
        MetaArtifact gpgKey = byName.get("ignition-gpg-key");
        if (gpgKey != null) {
            // Beside the Secure Execution image's artifacts, as the generator writes it; it has no key without the
            // image.
            Draft secex = media.get("qemu-secex");
            if (secex == null) {
                throw error(
                        "/images/ignition-gpg-key",
                        "the Ignition GPG key belongs to the qemu-secex media, but the build has no qemu-secex image");
            }
            secex.ignitionGpgKey = artifact(gpgKey);
        }
    }

    private void addIfPresent(
            Map<String, MetaArtifact> byName, String name, String platform, String formatKey, String part) {
        MetaArtifact artifact = byName.get(name);
        if (artifact != null) {
            addFormat(platform, formatKey, part, artifact);
        }
    }

    /** The format key of an artifact: the part of its file name after {@code <platform>.<arch>.}. */
    private String format(String name, MetaArtifact artifact) {
        String marker = name + "." + arch + ".";
        int at = artifact.path().lastIndexOf(marker);
        if (at < 0 || at + marker.length() == artifact.path().length()) {
            throw error(
                    "/images/" + name + "/path",
                    "expected a file name with \"" + marker + "\" followed by the format (e.g. \"" + marker
                            + "qcow2.xz\"), found \"" + artifact.path() + "\"");
        }
        return artifact.path().substring(at + marker.length());
    }

    private void addFormat(String platform, String formatKey, String part, MetaArtifact file) {
        Draft draft = media.computeIfAbsent(platform, p -> new Draft());
        ArtifactFormat current =
                draft.formats.getOrDefault(formatKey, ArtifactFormat.builder().build());
        Artifact artifact = artifact(file);
        UnaryOperator<ArtifactFormat.Builder> setPart;
        boolean taken;
        switch (part) {
            case "disk" -> {
                taken = current.disk().isPresent();
                setPart = b -> b.disk(artifact);
            }
            case "kernel" -> {
                taken = current.kernel().isPresent();
                setPart = b -> b.kernel(artifact);
            }
            case "initramfs" -> {
                taken = current.initramfs().isPresent();
                setPart = b -> b.initramfs(artifact);
            }
            default -> {
                taken = current.rootfs().isPresent();
                setPart = b -> b.rootfs(artifact);
            }
        }
        if (taken) {
            throw error(
                    "/images",
                    "two artifacts map to the " + part + " of format \"" + formatKey + "\" of platform \"" + platform
                            + "\"");
        }
        draft.formats.put(
                formatKey, setPart.apply(ArtifactFormat.builder().from(current)).build());
    }

    private Artifact artifact(MetaArtifact file) {
        String location = artifactBase + file.path();
        Artifact.Builder artifact = Artifact.builder()
                .location(location)
                .signature(signatures ? location + ".sig" : "")
                .sha256(file.sha256())
                .uncompressedSha256(file.uncompressedSha256());
        if (file.uncompressedSha256().isEmpty()) {
            // The generator writes the key on every artifact, null when the build has no such checksum.
            artifact.putExtraField("uncompressed-sha256", RawJson.nullValue());
        }
        return artifact.build();
    }

    private void addCloudImages() {
        Map<String, RegionImage> aws = amiImages("amis", meta.amis().orElse(List.of()));
        if (!aws.isEmpty()) {
            media.computeIfAbsent("aws", p -> new Draft()).regionImages = aws;
        }

        List<AliyunImage> aliyunImages = meta.aliyun().orElse(List.of());
        Map<String, RegionImage> aliyun = new LinkedHashMap<>();
        for (int i = 0; i < aliyunImages.size(); i++) {
            AliyunImage image = aliyunImages.get(i);
            putRegion(
                    aliyun,
                    "/aliyun/" + i + "/name",
                    image.name(),
                    RegionImage.builder().image(image.id()).build());
        }
        if (!aliyun.isEmpty()) {
            media.computeIfAbsent("aliyun", p -> new Draft()).regionImages = aliyun;
        }

        addObjects("ibmcloud", meta.ibmcloud().orElse(List.of()));
        addObjects("powervs", meta.powervs().orElse(List.of()));
        meta.gcp().ifPresent(gcp -> media.computeIfAbsent("gcp", p -> new Draft()).gcpImage = gcpImage(gcp));
        meta.kubevirt()
                .ifPresent(image ->
                        media.computeIfAbsent("kubevirt", p -> new Draft()).kubevirtImage = kubevirtImage(image));
    }

    private AwsWinliImages awsWinli(List<AwsAmi> uploads) {
        return AwsWinliImages.builder().images(amiImages("aws-winli", uploads)).build();
    }

    /** The AMIs of a list of uploads ({@code amis}, {@code aws-winli}) by region: the {@code hvm} image. */
    private Map<String, RegionImage> amiImages(String key, List<AwsAmi> uploads) {
        Map<String, RegionImage> images = new LinkedHashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            AwsAmi ami = uploads.get(i);
            putRegion(
                    images,
                    "/" + key + "/" + i + "/name",
                    ami.name(),
                    RegionImage.builder().image(ami.hvm()).build());
        }
        return images;
    }

    private void addObjects(String platform, List<CloudArtifact> uploads) {
        Map<String, CloudObject> objects = new LinkedHashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            CloudArtifact upload = uploads.get(i);
            String pointer = "/" + platform + "/" + i;
            CloudObject object = CloudObject.builder()
                    .object(required(pointer + "/object", upload.object()))
                    .bucket(required(pointer + "/bucket", upload.bucket()))
                    .url(upload.url())
                    .build();
            putRegion(objects, pointer + "/region", required(pointer + "/region", upload.region()), object);
        }
        if (!objects.isEmpty()) {
            media.computeIfAbsent(platform, p -> new Draft()).cloudObjects = objects;
        }
    }

    private <T> void putRegion(Map<String, T> regions, String pointer, String region, T value) {
        if (regions.putIfAbsent(region, value) != null) {
            throw error(pointer, "region \"" + region + "\" is listed twice");
        }
    }

    private GcpImage gcpImage(GcpUpload gcp) {
        // The upload URL is internal to the pipeline and is not published (SPEC §4.1).
        return GcpImage.builder()
                .project(gcp.project())
                .family(gcp.family())
                .name(gcp.image())
                .extraFields(gcp.extraFields())
                .build();
    }

    private ReleaseOciImage ociImage(ContainerImage image) {
        ContainerEntry entry = describe(ContainerEntries.BASE_OSCONTAINER, image);
        Digest digest = requireArchDigest(entry);
        return ReleaseOciImage.builder()
                .image(taggedImage(entry))
                .digestRef(ImageReference.of(entry.repository(), digest).toString())
                .build();
    }

    private KubevirtImage kubevirtImage(ContainerImage image) {
        ContainerEntry entry = describe(ContainerEntries.KUBEVIRT, image);
        Digest digest = requireArchDigest(entry);
        String digestRef = ImageReference.of(entry.repository(), digest).toString();
        // A pinned entry has no tags: its image is already the digest pullspec.
        String tagged = entry.shape() == ContainerShape.PINNED ? image.image() : taggedImage(entry);
        return KubevirtImage.builder().image(tagged).digestRef(digestRef).build();
    }

    /**
     * {@code repository:<floating tag>}, the floating tag being the one tag without the build ID, or
     * the one the options name (which an entry with floating tags must list).
     */
    private String taggedImage(ContainerEntry entry) {
        List<String> tags = entry.tags().orElse(List.of());
        List<String> floating = tags.stream()
                .filter(t -> !t.contains(meta.buildId()))
                .distinct()
                .collect(Collectors.toList());
        Optional<String> chosen = floatingTag;
        if (chosen.isPresent()) {
            if (!floating.isEmpty() && !floating.contains(chosen.get())) {
                throw error(
                        entry.pointer() + "/tags",
                        "the floating tag \"" + chosen.get() + "\" of the options is not among the entry's floating"
                                + " tags " + floating);
            }
            floating = List.of(chosen.get());
        }
        if (floating.size() != 1) {
            throw error(
                    entry.pointer() + "/tags",
                    "expected exactly one floating tag (a tag without the build ID \"" + meta.buildId()
                            + "\"), found " + (floating.isEmpty() ? "none" : floating.size() + " " + floating)
                            + " among " + tags + "; name it with the floating-tag option (release-meta"
                            + " --floating-tag TAG)");
        }
        String tagged = entry.repository() + ":" + floating.get(0);
        try {
            ImageReference.parse(tagged);
        } catch (InvalidValueException e) {
            throw error(entry.pointer() + "/tags", e.getMessage());
        }
        return tagged;
    }

    private Digest requireArchDigest(ContainerEntry entry) {
        return entry.digest()
                .orElseThrow(() -> error(
                        entry.pointer() + "/digest",
                        "missing: the architecture-specific digest is needed for the digest-ref"
                                + (entry.manifestListDigest().isPresent()
                                        ? " (the manifest-list-digest is never used in its place)"
                                        : "")));
    }

    private ContainerEntry describe(String pointer, ContainerImage image) {
        try {
            return ContainerEntries.describe(pointer, image);
        } catch (DocumentException e) {
            throw new ConversionException(context + ": " + e.pointer() + ": " + e.problem(), e);
        }
    }

    private String required(String pointer, Optional<String> value) {
        return value.orElseThrow(() -> error(pointer, "missing, but the release metadata needs it"));
    }

    private ConversionException error(String pointer, String problem) {
        return new ConversionException(context + ": " + pointer + ": " + problem);
    }

    /** The parts of one platform's media, collected before they are frozen. */
    private static final class Draft {
        private final Map<String, ArtifactFormat> formats = new LinkedHashMap<>();
        private Map<String, RegionImage> regionImages;
        private Map<String, CloudObject> cloudObjects;
        private GcpImage gcpImage;
        private KubevirtImage kubevirtImage;
        private Artifact ignitionGpgKey;

        ReleaseMedia build(String platform) {
            // Like the generator: no artifacts key on a platform that has only cloud images, except metal.
            return ReleaseMedia.builder()
                    .artifacts(formats)
                    .hasArtifactsKey(!formats.isEmpty() || platform.equals("metal"))
                    .regionImages(Optional.ofNullable(regionImages))
                    .cloudObjects(Optional.ofNullable(cloudObjects))
                    .gcpImage(Optional.ofNullable(gcpImage))
                    .kubevirtImage(Optional.ofNullable(kubevirtImage))
                    .ignitionGpgKey(Optional.ofNullable(ignitionGpgKey))
                    .build();
        }
    }
}
