/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Google Cloud image of a {@link StreamImages} ({@code gcp}).
 */
@Value.Immutable
@ModelStyle
public interface StreamGcpImage {
    /**
     * JSON key {@code release}: the release the image was made from. Stream metadata published from
     * mid-2020 to late 2021 has none.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> release();

    /**
     * JSON key {@code project}: the project owning the image; absent when the build recorded none.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> project();

    /**
     * JSON key {@code family}: the image family.
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

    /** Builds {@link StreamGcpImage} values. */
    final class Builder extends ImmutableStreamGcpImage.Builder {
        /** Creates an empty builder, as {@link StreamGcpImage#builder()} does. */
        public Builder() {}
    }
}
