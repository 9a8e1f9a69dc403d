/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Bounds on the JSON a {@link DocumentReader} accepts, so that a large or hostile input fails fast
 * with a {@link io.github.coreosrelease.core.DocumentException} instead of exhausting memory or the
 * stack.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.builder().maxDocumentBytes(1 << 20).build();
 * DocumentReader reader = DocumentReader.withLimits(limits);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface JsonLimits {
    /** Default maximum document size: 64 MiB. */
    long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    /** Default maximum nesting depth of objects and arrays. */
    int DEFAULT_MAX_NESTING_DEPTH = 256;

    /** Default maximum length of one string value, in characters: 16 Mi. */
    int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;

    /**
     * The largest document accepted, in bytes.
     *
     * @return the limit, {@value #DEFAULT_MAX_DOCUMENT_BYTES} by default
     */
    @Value.Default
    default long maxDocumentBytes() {
        return DEFAULT_MAX_DOCUMENT_BYTES;
    }

    /**
     * The deepest nesting of objects and arrays accepted.
     *
     * @return the limit, {@value #DEFAULT_MAX_NESTING_DEPTH} by default
     */
    @Value.Default
    default int maxNestingDepth() {
        return DEFAULT_MAX_NESTING_DEPTH;
    }

    /**
     * The longest string value accepted, in characters.
     *
     * @return the limit, {@value #DEFAULT_MAX_STRING_LENGTH} by default
     */
    @Value.Default
    default int maxStringLength() {
        return DEFAULT_MAX_STRING_LENGTH;
    }

    /** Rejects limits that could never accept a document. */
    @Value.Check
    default void check() {
        if (maxDocumentBytes() < 2 || maxNestingDepth() < 1 || maxStringLength() < 1) {
            throw new IllegalArgumentException("JSON limits must be positive (document >= 2 bytes), got " + this);
        }
    }

    /**
     * The default limits.
     *
     * @return 64 MiB documents, depth 256, strings of 16 Mi characters
     */
    static JsonLimits defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link JsonLimits}. */
    final class Builder extends ImmutableJsonLimits.Builder {
        /** Creates an empty builder, as {@link JsonLimits#builder()} does. */
        public Builder() {}
    }
}
