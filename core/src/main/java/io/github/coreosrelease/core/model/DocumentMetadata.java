/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code metadata} object of a release index, updates document, release or stream metadata:
 * when the document was last modified and, for stream metadata, by what.
 */
@Value.Immutable
@ModelStyle
public interface DocumentMetadata {
    /**
     * The {@code last-modified} timestamp, e.g. {@code 2025-01-01T00:00:00Z}.
     *
     * @return the timestamp text as written
     */
    Optional<String> lastModified();

    /**
     * The {@code generator} that wrote the document (stream metadata only).
     *
     * @return the generator text
     */
    Optional<String> generator();

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

    /** Builds {@link DocumentMetadata} values. */
    final class Builder extends ImmutableDocumentMetadata.Builder {
        /** Creates an empty builder, as {@link DocumentMetadata#builder()} does. */
        public Builder() {}
    }
}
