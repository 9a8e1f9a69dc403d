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
 * A storage object in one region of a {@link StreamRegionObjects}.
 */
@Value.Immutable
@ModelStyle
public interface StreamRegionObject {
    /**
     * JSON key {@code release}: the release the object was made from.
     *
     * @return the value
     */
    String release();

    /**
     * JSON key {@code object}: the object name.
     *
     * @return the value
     */
    String object();

    /**
     * JSON key {@code bucket}: the bucket holding the object.
     *
     * @return the value
     */
    String bucket();

    /**
     * JSON key {@code url}: the URL of the object.
     *
     * @return the value
     */
    String url();

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

    /** Builds {@link StreamRegionObject} values. */
    final class Builder extends ImmutableStreamRegionObject.Builder {
        /** Creates an empty builder, as {@link StreamRegionObject#builder()} does. */
        public Builder() {}
    }
}
