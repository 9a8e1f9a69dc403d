/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The build artifacts of a {@link BuildMeta} ({@code images}): one {@link MetaArtifact} per
 * artifact name of the upstream schema, {@code ostree} required. Artifact names the schema does not
 * know are kept in {@link #extraFields()}.
 */
@Value.Immutable
@ModelStyle
public interface MetaImages {
    /**
     * JSON key {@code ostree}: the OSTree commit archive; required.
     *
     * @return the value
     */
    MetaArtifact ostree();

    /**
     * JSON key {@code aliyun}: the Alibaba Cloud disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> aliyun();

    /**
     * JSON key {@code applehv}: the Apple Hypervisor disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> applehv();

    /**
     * JSON key {@code aws}: the AWS disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> aws();

    /**
     * JSON key {@code azure}: the Azure disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> azure();

    /**
     * JSON key {@code azurestack}: the Azure Stack disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> azurestack();

    /**
     * JSON key {@code dasd}: the s390x DASD disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> dasd();

    /**
     * JSON key {@code digitalocean}: the DigitalOcean disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> digitalocean();

    /**
     * JSON key {@code exoscale}: the Exoscale disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> exoscale();

    /**
     * JSON key {@code extensions-container}: the extensions container archive.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> extensionsContainer();

    /**
     * JSON key {@code gcp}: the Google Cloud image tarball.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> gcp();

    /**
     * JSON key {@code hetzner}: the Hetzner disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> hetzner();

    /**
     * JSON key {@code hyperv}: the Hyper-V disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> hyperv();

    /**
     * JSON key {@code ibmcloud}: the IBM Cloud disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> ibmcloud();

    /**
     * JSON key {@code ignition-gpg-key}: the public key for Ignition configs of Secure Execution
     * guests.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> ignitionGpgKey();

    /**
     * JSON key {@code initramfs}: the installer initramfs (older builds).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> initramfs();

    /**
     * JSON key {@code iso}: the installer ISO (older builds).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> iso();

    /**
     * JSON key {@code kernel}: the installer kernel (older builds).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> kernel();

    /**
     * JSON key {@code kubevirt}: the KubeVirt container disk archive.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> kubevirt();

    /**
     * JSON key {@code legacy-oscontainer}: the legacy OS container archive.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> legacyOscontainer();

    /**
     * JSON key {@code live-initramfs}: the live PXE initramfs.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> liveInitramfs();

    /**
     * JSON key {@code live-iso}: the live ISO.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> liveIso();

    /**
     * JSON key {@code live-kernel}: the live PXE kernel.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> liveKernel();

    /**
     * JSON key {@code live-rootfs}: the live PXE root file system.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> liveRootfs();

    /**
     * JSON key {@code metal}: the bare-metal disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> metal();

    /**
     * JSON key {@code metal4k}: the bare-metal disk image for 4K-sector disks.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> metal4k();

    /**
     * JSON key {@code nutanix}: the Nutanix disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> nutanix();

    /**
     * JSON key {@code nvidiabluefield}: the NVIDIA BlueField disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> nvidiabluefield();

    /**
     * JSON key {@code oci-manifest}: the OCI manifest of the OS container.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> ociManifest();

    /**
     * JSON key {@code openstack}: the OpenStack disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> openstack();

    /**
     * JSON key {@code oraclecloud}: the Oracle Cloud Infrastructure disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> oraclecloud();

    /**
     * JSON key {@code powervs}: the IBM Power Virtual Server disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> powervs();

    /**
     * JSON key {@code proxmoxve}: the Proxmox VE disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> proxmoxve();

    /**
     * JSON key {@code qemu}: the QEMU disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> qemu();

    /**
     * JSON key {@code qemu-secex}: the QEMU disk image for IBM Secure Execution.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> qemuSecex();

    /**
     * JSON key {@code virtualbox}: the VirtualBox appliance.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> virtualbox();

    /**
     * JSON key {@code vmware}: the VMware appliance.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> vmware();

    /**
     * JSON key {@code vultr}: the Vultr disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<MetaArtifact> vultr();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * Every artifact this model types, keyed by its JSON key, in alphabetical order of the keys.
     * Unknown artifacts stay in {@link #extraFields()}.
     *
     * @return the present artifacts by JSON key
     */
    default Map<String, MetaArtifact> byName() {
        Map<String, MetaArtifact> all = new LinkedHashMap<>();
        aliyun().ifPresent(artifact -> all.put("aliyun", artifact));
        applehv().ifPresent(artifact -> all.put("applehv", artifact));
        aws().ifPresent(artifact -> all.put("aws", artifact));
        azure().ifPresent(artifact -> all.put("azure", artifact));
        azurestack().ifPresent(artifact -> all.put("azurestack", artifact));
        dasd().ifPresent(artifact -> all.put("dasd", artifact));
        digitalocean().ifPresent(artifact -> all.put("digitalocean", artifact));
        exoscale().ifPresent(artifact -> all.put("exoscale", artifact));
        extensionsContainer().ifPresent(artifact -> all.put("extensions-container", artifact));
        gcp().ifPresent(artifact -> all.put("gcp", artifact));
        hetzner().ifPresent(artifact -> all.put("hetzner", artifact));
        hyperv().ifPresent(artifact -> all.put("hyperv", artifact));
        ibmcloud().ifPresent(artifact -> all.put("ibmcloud", artifact));
        ignitionGpgKey().ifPresent(artifact -> all.put("ignition-gpg-key", artifact));
        initramfs().ifPresent(artifact -> all.put("initramfs", artifact));
        iso().ifPresent(artifact -> all.put("iso", artifact));
        kernel().ifPresent(artifact -> all.put("kernel", artifact));
        kubevirt().ifPresent(artifact -> all.put("kubevirt", artifact));
        legacyOscontainer().ifPresent(artifact -> all.put("legacy-oscontainer", artifact));
        liveInitramfs().ifPresent(artifact -> all.put("live-initramfs", artifact));
        liveIso().ifPresent(artifact -> all.put("live-iso", artifact));
        liveKernel().ifPresent(artifact -> all.put("live-kernel", artifact));
        liveRootfs().ifPresent(artifact -> all.put("live-rootfs", artifact));
        metal().ifPresent(artifact -> all.put("metal", artifact));
        metal4k().ifPresent(artifact -> all.put("metal4k", artifact));
        nutanix().ifPresent(artifact -> all.put("nutanix", artifact));
        nvidiabluefield().ifPresent(artifact -> all.put("nvidiabluefield", artifact));
        ociManifest().ifPresent(artifact -> all.put("oci-manifest", artifact));
        openstack().ifPresent(artifact -> all.put("openstack", artifact));
        oraclecloud().ifPresent(artifact -> all.put("oraclecloud", artifact));
        all.put("ostree", ostree());
        powervs().ifPresent(artifact -> all.put("powervs", artifact));
        proxmoxve().ifPresent(artifact -> all.put("proxmoxve", artifact));
        qemu().ifPresent(artifact -> all.put("qemu", artifact));
        qemuSecex().ifPresent(artifact -> all.put("qemu-secex", artifact));
        virtualbox().ifPresent(artifact -> all.put("virtualbox", artifact));
        vmware().ifPresent(artifact -> all.put("vmware", artifact));
        vultr().ifPresent(artifact -> all.put("vultr", artifact));
        return Collections.unmodifiableMap(all);
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MetaImages} values. */
    final class Builder extends ImmutableMetaImages.Builder {
        /** Creates an empty builder, as {@link MetaImages#builder()} does. */
        public Builder() {}
    }
}
