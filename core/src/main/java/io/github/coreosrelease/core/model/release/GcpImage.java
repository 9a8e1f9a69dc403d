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
 * The published Google Cloud image of a {@link ReleaseMedia} ({@code media.gcp.image}).
 */
@Value.Immutable
@ModelStyle
public interface GcpImage {
    /**
     * JSON key {@code project}: the project owning the image, e.g. {@code fedora-coreos-cloud};
     * absent when the build's {@code meta.json} recorded none (the upstream schema makes it optional).
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
     * JSON key {@code name}: the image name.
     *
     * @return the value
     */
    String name();

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

    /** Builds {@link GcpImage} values. */
    final class Builder extends ImmutableGcpImage.Builder {
        /** Creates an empty builder, as {@link GcpImage#builder()} does. */
        public Builder() {}
    }
}
