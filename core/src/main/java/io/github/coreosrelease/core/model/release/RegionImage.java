/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A cloud image in one region of {@code aws} or {@code aliyun} in a {@link ReleaseMedia}.
 */
@Value.Immutable
@ModelStyle
public interface RegionImage {
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

    /** Builds {@link RegionImage} values. */
    final class Builder extends ImmutableRegionImage.Builder {
        /** Creates an empty builder, as {@link RegionImage#builder()} does. */
        public Builder() {}
    }
}
