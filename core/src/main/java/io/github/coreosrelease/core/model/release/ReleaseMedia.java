/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One platform of a {@link ReleaseArch} ({@code media.<platform>}, SPEC §1.4): its downloadable
 * artifacts and, for some platforms, the cloud images made from them.
 *
 * <p>The JSON keys {@code images} and {@code image} have a shape that depends on the platform:
 * {@code images} holds {@link #regionImages()} on {@code aws} and {@code aliyun} and {@link
 * #cloudObjects()} on {@code ibmcloud} and {@code powervs}; {@code image} holds {@link #gcpImage()}
 * on {@code gcp} and {@link #kubevirtImage()} on {@code kubevirt}; {@code ignition-gpg-key} holds
 * {@link #ignitionGpgKey()} on {@code qemu-secex}. On other platforms these keys are kept in {@link
 * #extraFields()}.
 */
@Value.Immutable
@ModelStyle
public interface ReleaseMedia {
    /**
     * JSON key {@code artifacts}: the artifacts per format, e.g. {@code qcow2.xz}, {@code pxe}, in
     * document order.
     *
     * @return the formats by name, empty when the key is absent
     */
    Map<String, ArtifactFormat> artifacts();

    /**
     * Whether the document has the {@code artifacts} key. coreos-assembler's release-meta generator
     * omits it on a platform that has cloud images but no disk image in the build (e.g. {@code
     * powervs} objects without a {@code powervs} image); an absent key is written back absent.
     *
     * @return {@code true} unless the key is absent; {@code true} by default
     */
    @Value.Default
    default boolean hasArtifactsKey() {
        return true;
    }

    /**
     * JSON key {@code images}, on {@code aws} and {@code aliyun}: the image per region, in document
     * order.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Map<String, RegionImage>> regionImages();

    /**
     * JSON key {@code images}, on {@code ibmcloud} and {@code powervs}: the storage object per
     * region, in document order.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Map<String, CloudObject>> cloudObjects();

    /**
     * JSON key {@code image}, on {@code gcp}: the published image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<GcpImage> gcpImage();

    /**
     * JSON key {@code image}, on {@code kubevirt}: the container disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<KubevirtImage> kubevirtImage();

    /**
     * JSON key {@code ignition-gpg-key}, on {@code qemu-secex}: the public key that encrypts
     * Ignition configs for IBM Secure Execution, a plain artifact beside {@code artifacts} (as
     * coreos-assembler's release-meta generator writes it), not a format.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Artifact> ignitionGpgKey();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * Refuses two values for one JSON key: {@code images} holds either region images or cloud
     * objects, {@code image} either a GCP image or a KubeVirt image.
     */
    @Value.Check
    default void check() {
        if (regionImages().isPresent() && cloudObjects().isPresent()) {
            throw new IllegalStateException(
                    "a release platform has either region images or cloud objects under \"images\", not both");
        }
        if (gcpImage().isPresent() && kubevirtImage().isPresent()) {
            throw new IllegalStateException(
                    "a release platform has either a GCP image or a KubeVirt image under \"image\", not both");
        }
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReleaseMedia} values. */
    final class Builder extends ImmutableReleaseMedia.Builder {
        /** Creates an empty builder, as {@link ReleaseMedia#builder()} does. */
        public Builder() {}
    }
}
