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
 * An image uploaded to cloud storage: {@code azure} and the items of {@code ibmcloud} and {@code
 * powervs} in a {@link BuildMeta} (the {@code cloudartifact} definition of the upstream schema).
 */
@Value.Immutable
@ModelStyle
public interface CloudArtifact {
    /**
     * JSON key {@code url}: where the uploaded image is.
     *
     * @return the value
     */
    String url();

    /**
     * JSON key {@code image}: the image name.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> image();

    /**
     * JSON key {@code object}: the object name in the bucket.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> object();

    /**
     * JSON key {@code bucket}: the bucket holding the object.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> bucket();

    /**
     * JSON key {@code region}: the region of the bucket.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> region();

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

    /** Builds {@link CloudArtifact} values. */
    final class Builder extends ImmutableCloudArtifact.Builder {
        /** Creates an empty builder, as {@link CloudArtifact#builder()} does. */
        public Builder() {}
    }
}
