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
 * Where a build was uploaded to S3 ({@code s3} in a {@link BuildMeta}).
 */
@Value.Immutable
@ModelStyle
public interface S3Upload {
    /**
     * JSON key {@code bucket}: the bucket.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> bucket();

    /**
     * JSON key {@code key}: the key prefix of the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> key();

    /**
     * JSON key {@code public-url}: the public URL of the build.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> publicUrl();

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

    /** Builds {@link S3Upload} values. */
    final class Builder extends ImmutableS3Upload.Builder {
        /** Creates an empty builder, as {@link S3Upload#builder()} does. */
        public Builder() {}
    }
}
