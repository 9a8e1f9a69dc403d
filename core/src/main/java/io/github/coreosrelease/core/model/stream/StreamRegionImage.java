/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A cloud image in one region of a {@link StreamRegionImages}.
 */
@Value.Immutable
@ModelStyle
public interface StreamRegionImage {
    /**
     * JSON key {@code release}: the release the image was made from.
     *
     * @return the value
     */
    String release();

    /**
     * JSON key {@code image}: the image ID, e.g. {@code ami-0123456789abcdef0}.
     *
     * @return the value
     */
    String image();

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

    /** Builds {@link StreamRegionImage} values. */
    final class Builder extends ImmutableStreamRegionImage.Builder {
        /** Creates an empty builder, as {@link StreamRegionImage#builder()} does. */
        public Builder() {}
    }
}
