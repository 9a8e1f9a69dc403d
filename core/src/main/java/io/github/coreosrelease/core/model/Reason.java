/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A barrier or dead-end marker of an {@link UpdateMetadata}: {@code {"reason": "..."}}.
 */
@Value.Immutable
@ModelStyle
public interface Reason {
    /**
     * The {@code reason}, usually a URL to a tracker issue; may be empty.
     *
     * @return the reason text
     */
    String reason();

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

    /** Builds {@link Reason} values. */
    final class Builder extends ImmutableReason.Builder {
        /** Creates an empty builder, as {@link Reason#builder()} does. */
        public Builder() {}
    }
}
