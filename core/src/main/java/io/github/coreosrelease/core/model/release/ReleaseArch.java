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
 * One architecture of a {@link Release}: its OSTree commit, its OCI image and its media per
 * platform (SPEC §1.4).
 */
@Value.Immutable
@ModelStyle
public interface ReleaseArch {
    /**
     * JSON key {@code commit}: the OSTree commit checksum; absent in OCI-only releases.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> commit();

    /**
     * JSON key {@code oci-image}: the OS container image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<ReleaseOciImage> ociImage();

    /**
     * JSON key {@code media}: the artifacts and cloud images per platform, e.g. {@code aws}, {@code
     * metal}, in document order.
     *
     * @return the platforms by name
     */
    Map<String, ReleaseMedia> media();

    /**
     * JSON key {@code rhel-coreos-extensions}: data specific to Red Hat Enterprise Linux CoreOS.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<RhelCoreosExtensions> rhelCoreosExtensions();

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

    /** Builds {@link ReleaseArch} values. */
    final class Builder extends ImmutableReleaseArch.Builder {
        /** Creates an empty builder, as {@link ReleaseArch#builder()} does. */
        public Builder() {}
    }
}
