/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The build metadata {@code meta.json} that coreos-assembler writes for one build and one
 * architecture (SPEC §1.1).
 *
 * <p>Every property of the upstream schema {@code coreos-assembler-meta-v1} has a typed accessor
 * named after its JSON key; each accessor names its key. The five properties the schema requires
 * ({@code buildid}, {@code name}, {@code ostree-commit}, {@code ostree-timestamp}, {@code
 * ostree-version}) are plain values, every other one is an {@code Optional} that is empty when the
 * key is absent or {@code null}, so that {@code []} and an absent list stay distinct. Numbers keep
 * their exact text. Properties the schema does not know are kept in {@link #extraFields()}.
 *
 * <p>The container image entries ({@code oscontainer}, {@code base-oscontainer}, {@code
 * extensions-container}, {@code kubevirt}) are read as they are written, in any of the three shapes
 * of SPEC §1.2; their digests are kept as text.
 *
 * <pre>{@code
 * BuildMeta meta = DocumentReader.standard().read(DocumentType.META, Path.of("meta.json"));
 * String arch = meta.coreosAssemblerBasearch().orElseThrow();
 * Optional<ContainerImage> base = meta.baseOscontainer();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface BuildMeta {
    /**
     * JSON key {@code buildid}: the build ID, e.g. {@code 41.20250101.3.0}; required.
     *
     * @return the value
     */
    String buildId();

    /**
     * JSON key {@code name}: the OS name, e.g. {@code fedora-coreos} or {@code rhcos}; required.
     *
     * @return the value
     */
    String name();

    /**
     * JSON key {@code ostree-commit}: the OSTree commit checksum of the build; required.
     *
     * @return the value
     */
    String ostreeCommit();

    /**
     * JSON key {@code ostree-timestamp}: the OSTree commit timestamp, e.g. {@code
     * 2020-01-15T19:31:31Z}; required.
     *
     * @return the value
     */
    String ostreeTimestamp();

    /**
     * JSON key {@code ostree-version}: the OSTree version string of the commit; required.
     *
     * @return the value
     */
    String ostreeVersion();

    /**
     * JSON key {@code ref}: the OSTree ref the build was committed to.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> ref();

    /**
     * JSON key {@code build-url}: the URL of the CI job that made the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> buildUrl();

    /**
     * JSON key {@code summary}: a one-line summary of the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> summary();

    /**
     * JSON key {@code s3}: where the build was uploaded to S3.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<S3Upload> s3();

    /**
     * JSON key {@code koji}: the Koji build this build was imported into.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<KojiBuild> koji();

    /**
     * JSON key {@code images}: the build artifacts by name; {@code ostree} is required inside.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaImages> images();

    /**
     * JSON key {@code extensions}: the RPM extensions built alongside the OS.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<BuildExtensions> extensions();

    /**
     * JSON key {@code oscontainer}: the legacy OS container entry (RHCOS up to 4.11), usually
     * {@code {image, digest}}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ContainerImage> oscontainer();

    /**
     * JSON key {@code base-oscontainer}: the base OS container image, in the pinned or split shape
     * of SPEC §1.2.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ContainerImage> baseOscontainer();

    /**
     * JSON key {@code extensions-container}: the container image holding the RPM extensions.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ContainerImage> extensionsContainer();

    /**
     * JSON key {@code kubevirt}: the KubeVirt container disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ContainerImage> kubevirt();

    /**
     * JSON key {@code release-payload}: the OpenShift release payload image the build belongs to.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ContainerImage> releasePayload();

    /**
     * JSON key {@code amis}: the AWS AMIs uploaded per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<AwsAmi>> amis();

    /**
     * JSON key {@code aws-winli}: the AWS Windows License Included AMIs uploaded per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<AwsAmi>> awsWinli();

    /**
     * JSON key {@code aliyun}: the Alibaba Cloud images uploaded per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<AliyunImage>> aliyun();

    /**
     * JSON key {@code azure}: the image uploaded to Azure storage.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<CloudArtifact> azure();

    /**
     * JSON key {@code gcp}: the image uploaded to Google Cloud.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<GcpUpload> gcp();

    /**
     * JSON key {@code ibmcloud}: the objects uploaded to IBM Cloud object storage, per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<CloudArtifact>> ibmcloud();

    /**
     * JSON key {@code powervs}: the objects uploaded for IBM Power Virtual Server, per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<CloudArtifact>> powervs();

    /**
     * JSON key {@code ostree-content-checksum}: the checksum of the OSTree commit's content,
     * independent of its metadata.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> ostreeContentChecksum();

    /**
     * JSON key {@code ostree-content-bytes-written}: bytes of content written by the OSTree commit.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeContentBytesWritten();

    /**
     * JSON key {@code ostree-n-cache-hits}: OSTree object cache hits during the commit.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeNCacheHits();

    /**
     * JSON key {@code ostree-n-content-total}: content objects in the OSTree commit.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeNContentTotal();

    /**
     * JSON key {@code ostree-n-content-written}: content objects the OSTree commit wrote.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeNContentWritten();

    /**
     * JSON key {@code ostree-n-metadata-total}: metadata objects in the OSTree commit.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeNMetadataTotal();

    /**
     * JSON key {@code ostree-n-metadata-written}: metadata objects the OSTree commit wrote.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> ostreeNMetadataWritten();

    /**
     * JSON key {@code rpm-ostree-inputhash}: the hash of rpm-ostree's inputs for the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> rpmOstreeInputHash();

    /**
     * JSON key {@code pkgdiff}: the package differences to the previous build; items are kept as
     * raw JSON because the schema does not type them.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<RawJson>> pkgDiff();

    /**
     * JSON key {@code parent-pkgdiff}: the package differences to the parent build; items are kept
     * as raw JSON.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<RawJson>> parentPkgDiff();

    /**
     * JSON key {@code advisories-diff}: the advisory differences to the previous build; items are
     * kept as raw JSON.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<RawJson>> advisoriesDiff();

    /**
     * JSON key {@code parent-advisories-diff}: the advisory differences to the parent build; items
     * are kept as raw JSON.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<RawJson>> parentAdvisoriesDiff();

    /**
     * JSON key {@code coreos-assembler.basearch}: the architecture of the build, e.g. {@code
     * x86_64}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerBasearch();

    /**
     * JSON key {@code coreos-assembler.build-timestamp}: when coreos-assembler made the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerBuildTimestamp();

    /**
     * JSON key {@code coreos-assembler.code-source}: where coreos-assembler's code came from, e.g.
     * {@code container}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerCodeSource();

    /**
     * JSON key {@code coreos-assembler.config-dirty}: whether the configuration checkout had local
     * changes, as text ({@code "true"} or {@code "false"}).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerConfigDirty();

    /**
     * JSON key {@code coreos-assembler.config-gitrev}: the {@code git describe} revision of the
     * configuration.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerConfigGitrev();

    /**
     * JSON key {@code coreos-assembler.config-variant}: the configuration variant that was built.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerConfigVariant();

    /**
     * JSON key {@code coreos-assembler.container-config-git}: the git checkout of the
     * configuration; its {@code branch} names the stream.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<GitRecord> coreosAssemblerContainerConfigGit();

    /**
     * JSON key {@code coreos-assembler.container-image-git}: the git checkout coreos-assembler
     * itself was built from.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<GitRecord> coreosAssemblerContainerImageGit();

    /**
     * JSON key {@code coreos-assembler.yumrepos-git}: the git checkout of the yum repository
     * definitions.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<GitRecord> coreosAssemblerYumreposGit();

    /**
     * JSON key {@code coreos-assembler.delayed-meta-merge}: whether the metadata of parallel jobs
     * is merged later.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Boolean> coreosAssemblerDelayedMetaMerge();

    /**
     * JSON key {@code coreos-assembler.image-config-checksum}: the checksum of the image
     * configuration.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerImageConfigChecksum();

    /**
     * JSON key {@code coreos-assembler.image-genver}: the generation number of the disk images.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> coreosAssemblerImageGenver();

    /**
     * JSON key {@code coreos-assembler.image-input-checksum}: the checksum of the disk images'
     * inputs.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> coreosAssemblerImageInputChecksum();

    /**
     * JSON key {@code coreos-assembler.meta-stamp}: the time stamp coreos-assembler uses to detect
     * concurrent writes, exactly as written.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<BigDecimal> coreosAssemblerMetaStamp();

    /**
     * JSON key {@code coreos-assembler.overrides-active}: whether package overrides were active.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Boolean> coreosAssemblerOverridesActive();

    /**
     * JSON key {@code coreos-assembler.oci-imported}: whether the build was imported from an OCI
     * image instead of composed.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Boolean> coreosAssemblerOciImported();

    /**
     * JSON key {@code coreos-assembler.oci-imported-labels}: the labels of the imported OCI image,
     * e.g. {@code com.coreos.stream}, in document order.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Map<String, String>> coreosAssemblerOciImportedLabels();

    /**
     * JSON key {@code fedora-coreos.parent-version}: the version of the parent build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> fedoraCoreosParentVersion();

    /**
     * JSON key {@code fedora-coreos.parent-commit}: the OSTree commit of the parent build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> fedoraCoreosParentCommit();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BuildMeta} values. */
    final class Builder extends ImmutableBuildMeta.Builder {
        /** Creates an empty builder, as {@link BuildMeta#builder()} does. */
        public Builder() {}
    }
}
