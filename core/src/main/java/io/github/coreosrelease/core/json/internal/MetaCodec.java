/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.AliyunImage;
import io.github.coreosrelease.core.model.meta.AwsAmi;
import io.github.coreosrelease.core.model.meta.BuildExtensions;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.CloudArtifact;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.model.meta.GcpUpload;
import io.github.coreosrelease.core.model.meta.GitRecord;
import io.github.coreosrelease.core.model.meta.KojiBuild;
import io.github.coreosrelease.core.model.meta.MetaArtifact;
import io.github.coreosrelease.core.model.meta.MetaImages;
import io.github.coreosrelease.core.model.meta.S3Upload;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the build metadata {@code meta.json} (SPEC §1.1, §1.2), following the upstream
 * schema {@code coreos-assembler-meta-v1}: every property it declares is read with the JSON type it
 * declares, anything else is kept as raw JSON.
 *
 * <p>Known fields are written in the sorted key order that coreos-assembler itself writes, so that
 * rewriting a file it produced changes as little as possible; unknown fields follow.
 */
public final class MetaCodec implements Codec<BuildMeta> {
    private static final Set<String> KNOWN = Set.of(
            "advisories-diff",
            "aliyun",
            "amis",
            "aws-winli",
            "azure",
            "base-oscontainer",
            "build-url",
            "buildid",
            "coreos-assembler.basearch",
            "coreos-assembler.build-timestamp",
            "coreos-assembler.code-source",
            "coreos-assembler.config-dirty",
            "coreos-assembler.config-gitrev",
            "coreos-assembler.config-variant",
            "coreos-assembler.container-config-git",
            "coreos-assembler.container-image-git",
            "coreos-assembler.delayed-meta-merge",
            "coreos-assembler.image-config-checksum",
            "coreos-assembler.image-genver",
            "coreos-assembler.image-input-checksum",
            "coreos-assembler.meta-stamp",
            "coreos-assembler.oci-imported",
            "coreos-assembler.oci-imported-labels",
            "coreos-assembler.overrides-active",
            "coreos-assembler.yumrepos-git",
            "extensions",
            "extensions-container",
            "fedora-coreos.parent-commit",
            "fedora-coreos.parent-version",
            "gcp",
            "ibmcloud",
            "images",
            "koji",
            "kubevirt",
            "name",
            "oscontainer",
            "ostree-commit",
            "ostree-content-bytes-written",
            "ostree-content-checksum",
            "ostree-n-cache-hits",
            "ostree-n-content-total",
            "ostree-n-content-written",
            "ostree-n-metadata-total",
            "ostree-n-metadata-written",
            "ostree-timestamp",
            "ostree-version",
            "parent-advisories-diff",
            "parent-pkgdiff",
            "pkgdiff",
            "powervs",
            "ref",
            "release-payload",
            "rpm-ostree-inputhash",
            "s3",
            "summary");
    private static final Set<String> IMAGES_KNOWN = Set.of(
            "aliyun",
            "applehv",
            "aws",
            "azure",
            "azurestack",
            "dasd",
            "digitalocean",
            "exoscale",
            "extensions-container",
            "gcp",
            "hetzner",
            "hyperv",
            "ibmcloud",
            "ignition-gpg-key",
            "initramfs",
            "iso",
            "kernel",
            "kubevirt",
            "legacy-oscontainer",
            "live-initramfs",
            "live-iso",
            "live-kernel",
            "live-rootfs",
            "metal",
            "metal4k",
            "nutanix",
            "nvidiabluefield",
            "oci-manifest",
            "openstack",
            "oraclecloud",
            "ostree",
            "powervs",
            "proxmoxve",
            "qemu",
            "qemu-secex",
            "virtualbox",
            "vmware",
            "vultr");
    private static final Set<String> ARTIFACT_KNOWN =
            Set.of("path", "sha256", "size", "skip-compression", "uncompressed-sha256", "uncompressed-size");
    private static final Set<String> CONTAINER_KNOWN =
            Set.of("image", "digest", "manifest-list-digest", "tags", "comment", "additional-images");
    private static final Set<String> CLOUD_KNOWN = Set.of("url", "image", "object", "bucket", "region");
    private static final Set<String> GIT_KNOWN = Set.of("commit", "origin", "branch", "dirty");
    private static final Set<String> AMI_KNOWN = Set.of("name", "hvm", "snapshot");
    private static final Set<String> ALIYUN_KNOWN = Set.of("name", "id");
    private static final Set<String> GCP_KNOWN = Set.of("image", "url", "project", "family");
    private static final Set<String> S3_KNOWN = Set.of("bucket", "key", "public-url");
    private static final Set<String> KOJI_KNOWN = Set.of("build_id", "token", "release");
    private static final Set<String> EXTENSIONS_KNOWN = Set.of("manifest", "path", "sha256", "rpm-ostree-state");

    @Override
    public BuildMeta decode(JsonCursor at) {
        return BuildMeta.builder()
                .buildId(at.requiredString("buildid"))
                .name(at.requiredString("name"))
                .ostreeCommit(at.requiredString("ostree-commit"))
                .ostreeTimestamp(at.requiredString("ostree-timestamp"))
                .ostreeVersion(at.requiredString("ostree-version"))
                .ref(at.optionalString("ref"))
                .buildUrl(at.optionalString("build-url"))
                .summary(at.optionalString("summary"))
                .s3(at.field("s3").map(MetaCodec::s3))
                .koji(at.field("koji").map(MetaCodec::koji))
                .images(at.field("images").map(MetaCodec::images))
                .extensions(at.field("extensions").map(MetaCodec::extensions))
                .oscontainer(at.field("oscontainer").map(MetaCodec::containerImage))
                .baseOscontainer(at.field("base-oscontainer").map(MetaCodec::containerImage))
                .extensionsContainer(at.field("extensions-container").map(MetaCodec::containerImage))
                .kubevirt(at.field("kubevirt").map(MetaCodec::containerImage))
                .releasePayload(at.field("release-payload").map(MetaCodec::containerImage))
                .amis(at.field("amis").map(c -> c.list(MetaCodec::ami)))
                .awsWinli(at.field("aws-winli").map(c -> c.list(MetaCodec::ami)))
                .aliyun(at.field("aliyun").map(c -> c.list(MetaCodec::aliyun)))
                .azure(at.field("azure").map(MetaCodec::cloudArtifact))
                .gcp(at.field("gcp").map(MetaCodec::gcp))
                .ibmcloud(at.field("ibmcloud").map(c -> c.list(MetaCodec::cloudArtifact)))
                .powervs(at.field("powervs").map(c -> c.list(MetaCodec::cloudArtifact)))
                .ostreeContentChecksum(at.optionalString("ostree-content-checksum"))
                .ostreeContentBytesWritten(
                        at.field("ostree-content-bytes-written").map(JsonCursor::int64))
                .ostreeNCacheHits(at.field("ostree-n-cache-hits").map(JsonCursor::int64))
                .ostreeNContentTotal(at.field("ostree-n-content-total").map(JsonCursor::int64))
                .ostreeNContentWritten(at.field("ostree-n-content-written").map(JsonCursor::int64))
                .ostreeNMetadataTotal(at.field("ostree-n-metadata-total").map(JsonCursor::int64))
                .ostreeNMetadataWritten(at.field("ostree-n-metadata-written").map(JsonCursor::int64))
                .rpmOstreeInputHash(at.optionalString("rpm-ostree-inputhash"))
                .pkgDiff(rawList(at, "pkgdiff"))
                .parentPkgDiff(rawList(at, "parent-pkgdiff"))
                .advisoriesDiff(rawList(at, "advisories-diff"))
                .parentAdvisoriesDiff(rawList(at, "parent-advisories-diff"))
                .coreosAssemblerBasearch(at.optionalString("coreos-assembler.basearch"))
                .coreosAssemblerBuildTimestamp(at.optionalString("coreos-assembler.build-timestamp"))
                .coreosAssemblerCodeSource(at.optionalString("coreos-assembler.code-source"))
                .coreosAssemblerConfigDirty(at.optionalString("coreos-assembler.config-dirty"))
                .coreosAssemblerConfigGitrev(at.optionalString("coreos-assembler.config-gitrev"))
                .coreosAssemblerConfigVariant(at.optionalString("coreos-assembler.config-variant"))
                .coreosAssemblerContainerConfigGit(
                        at.field("coreos-assembler.container-config-git").map(MetaCodec::git))
                .coreosAssemblerContainerImageGit(
                        at.field("coreos-assembler.container-image-git").map(MetaCodec::git))
                .coreosAssemblerYumreposGit(
                        at.field("coreos-assembler.yumrepos-git").map(MetaCodec::git))
                .coreosAssemblerDelayedMetaMerge(
                        at.field("coreos-assembler.delayed-meta-merge").map(JsonCursor::bool))
                .coreosAssemblerImageConfigChecksum(at.optionalString("coreos-assembler.image-config-checksum"))
                .coreosAssemblerImageGenver(
                        at.field("coreos-assembler.image-genver").map(JsonCursor::int64))
                .coreosAssemblerImageInputChecksum(at.optionalString("coreos-assembler.image-input-checksum"))
                .coreosAssemblerMetaStamp(
                        at.field("coreos-assembler.meta-stamp").map(JsonCursor::number))
                .coreosAssemblerOverridesActive(
                        at.field("coreos-assembler.overrides-active").map(JsonCursor::bool))
                .coreosAssemblerOciImported(
                        at.field("coreos-assembler.oci-imported").map(JsonCursor::bool))
                .coreosAssemblerOciImportedLabels(
                        at.field("coreos-assembler.oci-imported-labels").map(c -> c.map(JsonCursor::string)))
                .fedoraCoreosParentVersion(at.optionalString("fedora-coreos.parent-version"))
                .fedoraCoreosParentCommit(at.optionalString("fedora-coreos.parent-commit"))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    private static Optional<List<RawJson>> rawList(JsonCursor at, String name) {
        return at.field(name).map(c -> c.list(MetaCodec::raw));
    }

    private static RawJson raw(JsonCursor at) {
        return RawJson.of(JsonSupport.toText(at.node()));
    }

    private static S3Upload s3(JsonCursor at) {
        return S3Upload.builder()
                .bucket(at.optionalString("bucket"))
                .key(at.optionalString("key"))
                .publicUrl(at.optionalString("public-url"))
                .extraFields(at.extraFields(S3_KNOWN))
                .build();
    }

    private static KojiBuild koji(JsonCursor at) {
        return KojiBuild.builder()
                .buildId(at.field("build_id").map(JsonCursor::number))
                .token(at.optionalString("token"))
                .release(at.optionalString("release"))
                .extraFields(at.extraFields(KOJI_KNOWN))
                .build();
    }

    private static MetaImages images(JsonCursor at) {
        return MetaImages.builder()
                .ostree(artifact(at.required("ostree")))
                .aliyun(optionalArtifact(at, "aliyun"))
                .applehv(optionalArtifact(at, "applehv"))
                .aws(optionalArtifact(at, "aws"))
                .azure(optionalArtifact(at, "azure"))
                .azurestack(optionalArtifact(at, "azurestack"))
                .dasd(optionalArtifact(at, "dasd"))
                .digitalocean(optionalArtifact(at, "digitalocean"))
                .exoscale(optionalArtifact(at, "exoscale"))
                .extensionsContainer(optionalArtifact(at, "extensions-container"))
                .gcp(optionalArtifact(at, "gcp"))
                .hetzner(optionalArtifact(at, "hetzner"))
                .hyperv(optionalArtifact(at, "hyperv"))
                .ibmcloud(optionalArtifact(at, "ibmcloud"))
                .ignitionGpgKey(optionalArtifact(at, "ignition-gpg-key"))
                .initramfs(optionalArtifact(at, "initramfs"))
                .iso(optionalArtifact(at, "iso"))
                .kernel(optionalArtifact(at, "kernel"))
                .kubevirt(optionalArtifact(at, "kubevirt"))
                .legacyOscontainer(optionalArtifact(at, "legacy-oscontainer"))
                .liveInitramfs(optionalArtifact(at, "live-initramfs"))
                .liveIso(optionalArtifact(at, "live-iso"))
                .liveKernel(optionalArtifact(at, "live-kernel"))
                .liveRootfs(optionalArtifact(at, "live-rootfs"))
                .metal(optionalArtifact(at, "metal"))
                .metal4k(optionalArtifact(at, "metal4k"))
                .nutanix(optionalArtifact(at, "nutanix"))
                .nvidiabluefield(optionalArtifact(at, "nvidiabluefield"))
                .ociManifest(optionalArtifact(at, "oci-manifest"))
                .openstack(optionalArtifact(at, "openstack"))
                .oraclecloud(optionalArtifact(at, "oraclecloud"))
                .powervs(optionalArtifact(at, "powervs"))
                .proxmoxve(optionalArtifact(at, "proxmoxve"))
                .qemu(optionalArtifact(at, "qemu"))
                .qemuSecex(optionalArtifact(at, "qemu-secex"))
                .virtualbox(optionalArtifact(at, "virtualbox"))
                .vmware(optionalArtifact(at, "vmware"))
                .vultr(optionalArtifact(at, "vultr"))
                .extraFields(at.extraFields(IMAGES_KNOWN))
                .build();
    }

    private static Optional<MetaArtifact> optionalArtifact(JsonCursor at, String name) {
        return at.field(name).map(MetaCodec::artifact);
    }

    private static MetaArtifact artifact(JsonCursor at) {
        return MetaArtifact.builder()
                .path(at.requiredString("path"))
                .sha256(at.requiredString("sha256"))
                .size(at.field("size").map(JsonCursor::number))
                .skipCompression(at.field("skip-compression").map(JsonCursor::bool))
                .uncompressedSha256(at.optionalString("uncompressed-sha256"))
                .uncompressedSize(at.field("uncompressed-size").map(JsonCursor::int64))
                .extraFields(at.extraFields(ARTIFACT_KNOWN))
                .build();
    }

    private static BuildExtensions extensions(JsonCursor at) {
        return BuildExtensions.builder()
                .manifest(at.required("manifest").map(MetaCodec::raw))
                .path(at.optionalString("path"))
                .sha256(at.optionalString("sha256"))
                .rpmOstreeState(at.optionalString("rpm-ostree-state"))
                .extraFields(at.extraFields(EXTENSIONS_KNOWN))
                .build();
    }

    private static ContainerImage containerImage(JsonCursor at) {
        return ContainerImage.builder()
                .image(at.required("image").parse(MetaCodec::imageReference))
                .digest(at.field("digest").map(c -> c.parse(MetaCodec::digest)))
                .manifestListDigest(at.field("manifest-list-digest").map(c -> c.parse(MetaCodec::digest)))
                .tags(at.field("tags").map(c -> c.list(JsonCursor::string)))
                .comment(at.optionalString("comment"))
                .additionalImages(at.field("additional-images").map(c -> c.list(MetaCodec::containerImage)))
                .extraFields(at.extraFields(CONTAINER_KNOWN))
                .build();
    }

    /** Container entries must name a valid image (SPEC §1.2); the model keeps the text as written. */
    private static String imageReference(String text) {
        return ImageReference.parse(text).toString();
    }

    /** Digests must be {@code algorithm:encoded} with the length the algorithm needs (SPEC §1.2). */
    private static String digest(String text) {
        return Digest.parse(text).toString();
    }

    private static AwsAmi ami(JsonCursor at) {
        return AwsAmi.builder()
                .name(at.requiredString("name"))
                .hvm(at.requiredString("hvm"))
                .snapshot(at.optionalString("snapshot"))
                .extraFields(at.extraFields(AMI_KNOWN))
                .build();
    }

    private static AliyunImage aliyun(JsonCursor at) {
        return AliyunImage.builder()
                .name(at.requiredString("name"))
                .id(at.requiredString("id"))
                .extraFields(at.extraFields(ALIYUN_KNOWN))
                .build();
    }

    private static CloudArtifact cloudArtifact(JsonCursor at) {
        return CloudArtifact.builder()
                .url(at.requiredString("url"))
                .image(at.optionalString("image"))
                .object(at.optionalString("object"))
                .bucket(at.optionalString("bucket"))
                .region(at.optionalString("region"))
                .extraFields(at.extraFields(CLOUD_KNOWN))
                .build();
    }

    private static GcpUpload gcp(JsonCursor at) {
        return GcpUpload.builder()
                .image(at.requiredString("image"))
                .url(at.requiredString("url"))
                .project(at.optionalString("project"))
                .family(at.optionalString("family"))
                .extraFields(at.extraFields(GCP_KNOWN))
                .build();
    }

    private static GitRecord git(JsonCursor at) {
        return GitRecord.builder()
                .commit(at.requiredString("commit"))
                .origin(at.requiredString("origin"))
                .branch(at.optionalString("branch"))
                .dirty(at.optionalString("dirty"))
                .extraFields(at.extraFields(GIT_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, BuildMeta meta) {
        out.startObject(meta.extraFields());
        out.field("advisories-diff", meta.advisoriesDiff(), MetaCodec::encodeRawList);
        out.field("aliyun", meta.aliyun(), (o, list) -> o.array(list, MetaCodec::encodeAliyun));
        out.field("amis", meta.amis(), (o, list) -> o.array(list, MetaCodec::encodeAmi));
        out.field("aws-winli", meta.awsWinli(), (o, list) -> o.array(list, MetaCodec::encodeAmi));
        out.field("azure", meta.azure(), MetaCodec::encodeCloudArtifact);
        out.field("base-oscontainer", meta.baseOscontainer(), MetaCodec::encodeContainerImage);
        out.field("build-url", meta.buildUrl());
        out.field("buildid", meta.buildId());
        out.field("coreos-assembler.basearch", meta.coreosAssemblerBasearch());
        out.field("coreos-assembler.build-timestamp", meta.coreosAssemblerBuildTimestamp());
        out.field("coreos-assembler.code-source", meta.coreosAssemblerCodeSource());
        out.field("coreos-assembler.config-dirty", meta.coreosAssemblerConfigDirty());
        out.field("coreos-assembler.config-gitrev", meta.coreosAssemblerConfigGitrev());
        out.field("coreos-assembler.config-variant", meta.coreosAssemblerConfigVariant());
        out.field(
                "coreos-assembler.container-config-git",
                meta.coreosAssemblerContainerConfigGit(),
                MetaCodec::encodeGit);
        out.field(
                "coreos-assembler.container-image-git", meta.coreosAssemblerContainerImageGit(), MetaCodec::encodeGit);
        out.field("coreos-assembler.delayed-meta-merge", meta.coreosAssemblerDelayedMetaMerge(), JsonOut::bool);
        out.field("coreos-assembler.image-config-checksum", meta.coreosAssemblerImageConfigChecksum());
        out.field("coreos-assembler.image-genver", meta.coreosAssemblerImageGenver(), JsonOut::number);
        out.field("coreos-assembler.image-input-checksum", meta.coreosAssemblerImageInputChecksum());
        out.field("coreos-assembler.meta-stamp", meta.coreosAssemblerMetaStamp(), JsonOut::number);
        out.field("coreos-assembler.oci-imported", meta.coreosAssemblerOciImported(), JsonOut::bool);
        out.field(
                "coreos-assembler.oci-imported-labels",
                meta.coreosAssemblerOciImportedLabels(),
                (o, labels) -> o.object(labels, JsonOut::string));
        out.field("coreos-assembler.overrides-active", meta.coreosAssemblerOverridesActive(), JsonOut::bool);
        out.field("coreos-assembler.yumrepos-git", meta.coreosAssemblerYumreposGit(), MetaCodec::encodeGit);
        out.field("extensions", meta.extensions(), MetaCodec::encodeExtensions);
        out.field("extensions-container", meta.extensionsContainer(), MetaCodec::encodeContainerImage);
        out.field("fedora-coreos.parent-commit", meta.fedoraCoreosParentCommit());
        out.field("fedora-coreos.parent-version", meta.fedoraCoreosParentVersion());
        out.field("gcp", meta.gcp(), MetaCodec::encodeGcp);
        out.field("ibmcloud", meta.ibmcloud(), (o, list) -> o.array(list, MetaCodec::encodeCloudArtifact));
        out.field("images", meta.images(), MetaCodec::encodeImages);
        out.field("koji", meta.koji(), MetaCodec::encodeKoji);
        out.field("kubevirt", meta.kubevirt(), MetaCodec::encodeContainerImage);
        out.field("name", meta.name());
        out.field("oscontainer", meta.oscontainer(), MetaCodec::encodeContainerImage);
        out.field("ostree-commit", meta.ostreeCommit());
        out.field("ostree-content-bytes-written", meta.ostreeContentBytesWritten(), JsonOut::number);
        out.field("ostree-content-checksum", meta.ostreeContentChecksum());
        out.field("ostree-n-cache-hits", meta.ostreeNCacheHits(), JsonOut::number);
        out.field("ostree-n-content-total", meta.ostreeNContentTotal(), JsonOut::number);
        out.field("ostree-n-content-written", meta.ostreeNContentWritten(), JsonOut::number);
        out.field("ostree-n-metadata-total", meta.ostreeNMetadataTotal(), JsonOut::number);
        out.field("ostree-n-metadata-written", meta.ostreeNMetadataWritten(), JsonOut::number);
        out.field("ostree-timestamp", meta.ostreeTimestamp());
        out.field("ostree-version", meta.ostreeVersion());
        out.field("parent-advisories-diff", meta.parentAdvisoriesDiff(), MetaCodec::encodeRawList);
        out.field("parent-pkgdiff", meta.parentPkgDiff(), MetaCodec::encodeRawList);
        out.field("pkgdiff", meta.pkgDiff(), MetaCodec::encodeRawList);
        out.field("powervs", meta.powervs(), (o, list) -> o.array(list, MetaCodec::encodeCloudArtifact));
        out.field("ref", meta.ref());
        out.field("release-payload", meta.releasePayload(), MetaCodec::encodeContainerImage);
        out.field("rpm-ostree-inputhash", meta.rpmOstreeInputHash());
        out.field("s3", meta.s3(), MetaCodec::encodeS3);
        out.field("summary", meta.summary());
        out.endObject();
    }

    private static void encodeRawList(JsonOut out, List<RawJson> values) {
        out.array(values, JsonOut::raw);
    }

    private static void encodeS3(JsonOut out, S3Upload s3) {
        out.startObject(s3.extraFields());
        out.field("bucket", s3.bucket());
        out.field("key", s3.key());
        out.field("public-url", s3.publicUrl());
        out.endObject();
    }

    private static void encodeKoji(JsonOut out, KojiBuild koji) {
        out.startObject(koji.extraFields());
        out.field("build_id", koji.buildId(), JsonOut::number);
        out.field("release", koji.release());
        out.field("token", koji.token());
        out.endObject();
    }

    private static void encodeImages(JsonOut out, MetaImages images) {
        out.startObject(images.extraFields());
        // byName() lists the artifacts sorted by key, like the rest of the document.
        images.byName().forEach((name, artifact) -> {
            out.name(name);
            encodeArtifact(out, artifact);
        });
        out.endObject();
    }

    private static void encodeArtifact(JsonOut out, MetaArtifact artifact) {
        out.startObject(artifact.extraFields());
        out.field("path", artifact.path());
        out.field("sha256", artifact.sha256());
        out.field("size", artifact.size(), JsonOut::number);
        out.field("skip-compression", artifact.skipCompression(), JsonOut::bool);
        out.field("uncompressed-sha256", artifact.uncompressedSha256());
        out.field("uncompressed-size", artifact.uncompressedSize(), JsonOut::number);
        out.endObject();
    }

    private static void encodeExtensions(JsonOut out, BuildExtensions extensions) {
        out.startObject(extensions.extraFields());
        out.name("manifest");
        out.object(extensions.manifest(), JsonOut::raw);
        out.field("path", extensions.path());
        out.field("rpm-ostree-state", extensions.rpmOstreeState());
        out.field("sha256", extensions.sha256());
        out.endObject();
    }

    private static void encodeContainerImage(JsonOut out, ContainerImage image) {
        out.startObject(image.extraFields());
        out.field(
                "additional-images",
                image.additionalImages(),
                (o, list) -> o.array(list, MetaCodec::encodeContainerImage));
        out.field("comment", image.comment());
        out.field("digest", image.digest());
        out.field("image", image.image());
        out.field("manifest-list-digest", image.manifestListDigest());
        out.field("tags", image.tags(), (o, list) -> o.array(list, JsonOut::string));
        out.endObject();
    }

    private static void encodeAmi(JsonOut out, AwsAmi ami) {
        out.startObject(ami.extraFields());
        out.field("hvm", ami.hvm());
        out.field("name", ami.name());
        out.field("snapshot", ami.snapshot());
        out.endObject();
    }

    private static void encodeAliyun(JsonOut out, AliyunImage image) {
        out.startObject(image.extraFields());
        out.field("id", image.id());
        out.field("name", image.name());
        out.endObject();
    }

    private static void encodeCloudArtifact(JsonOut out, CloudArtifact artifact) {
        out.startObject(artifact.extraFields());
        out.field("bucket", artifact.bucket());
        out.field("image", artifact.image());
        out.field("object", artifact.object());
        out.field("region", artifact.region());
        out.field("url", artifact.url());
        out.endObject();
    }

    private static void encodeGcp(JsonOut out, GcpUpload gcp) {
        out.startObject(gcp.extraFields());
        out.field("family", gcp.family());
        out.field("image", gcp.image());
        out.field("project", gcp.project());
        out.field("url", gcp.url());
        out.endObject();
    }

    private static void encodeGit(JsonOut out, GitRecord git) {
        out.startObject(git.extraFields());
        out.field("branch", git.branch());
        out.field("commit", git.commit());
        out.field("dirty", git.dirty());
        out.field("origin", git.origin());
        out.endObject();
    }
}
