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
 * The images of a cloud with regions: {@code aws} or {@code aliyun} in a {@link StreamImages}, and
 * {@code aws-winli} in a {@link StreamRhelCoreosExtensions}.
 */
@Value.Immutable
@ModelStyle
public interface StreamRegionImages {
    /**
     * JSON key {@code regions}: the image per region, in document order.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Map<String, StreamRegionImage>> regions();

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

    /** Builds {@link StreamRegionImages} values. */
    final class Builder extends ImmutableStreamRegionImages.Builder {
        /** Creates an empty builder, as {@link StreamRegionImages#builder()} does. */
        public Builder() {}
    }
}
