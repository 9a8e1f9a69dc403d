/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The error body of the Cincinnati protocol (SPEC §1.7): {@code {"kind", "value"}}.
 */
@Value.Immutable
@ModelStyle
public interface GraphError {
    /**
     * The machine-readable {@code kind}, e.g. {@code invalid_params}.
     *
     * @return the kind
     */
    String kind();

    /**
     * The human-readable {@code value}.
     *
     * @return the message
     */
    String value();

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

    /** Builds {@link GraphError} values. */
    final class Builder extends ImmutableGraphError.Builder {
        /** Creates an empty builder, as {@link GraphError#builder()} does. */
        public Builder() {}
    }
}
