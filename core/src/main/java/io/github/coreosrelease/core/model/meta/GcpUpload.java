/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Google Cloud image of a {@link BuildMeta} ({@code gcp}).
 */
@Value.Immutable
@ModelStyle
public interface GcpUpload {
    /**
     * JSON key {@code image}: the image name.
     *
     * @return the value
     */
    String image();

    /**
     * JSON key {@code url}: where the uploaded image tarball is.
     *
     * @return the value
     */
    String url();

    /**
     * JSON key {@code project}: the project owning the image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> project();

    /**
     * JSON key {@code family}: the image family, e.g. {@code fedora-coreos-stable}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> family();

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

    /** Builds {@link GcpUpload} values. */
    final class Builder extends ImmutableGcpUpload.Builder {
        /** Creates an empty builder, as {@link GcpUpload#builder()} does. */
        public Builder() {}
    }
}
