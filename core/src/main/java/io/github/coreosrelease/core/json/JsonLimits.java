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

    /** Default maximum number of JSON values in one document. */
    long DEFAULT_MAX_VALUES = 1_000_000;

    /** Default maximum magnitude of a number's exponent. */
    int DEFAULT_MAX_NUMBER_EXPONENT = 1000;

    /**
     * The most JSON values (objects, arrays, strings, numbers, {@code true}, {@code false}, {@code
     * null}) one document may hold. Memory follows the number of values more than the number of
     * bytes: a tree and its model take tens of bytes per value, so this bounds what a document
     * within the byte limit can cost. The largest real documents hold a few thousand values.
     *
     * @return the limit, {@value #DEFAULT_MAX_VALUES} by default
     */
    @Value.Default
    default long maxValues() {
        return DEFAULT_MAX_VALUES;
    }

    /**
     * The largest exponent a number may be written with, in magnitude ({@code 1e1000} is accepted,
     * {@code 1e1001} is not). Without a bound, a number such as {@code 1e999999999} is a few bytes
     * that expand to a billion digits wherever its value is written in plain form.
     *
     * @return the limit, {@value #DEFAULT_MAX_NUMBER_EXPONENT} by default
     */
    @Value.Default
    default int maxNumberExponent() {
        return DEFAULT_MAX_NUMBER_EXPONENT;
    }

    /** Rejects limits that could never accept a document. */
    @Value.Check
    default void check() {
        if (maxDocumentBytes() < 2
                || maxNestingDepth() < 1
                || maxStringLength() < 1
                || maxValues() < 1
                || maxNumberExponent() < 0) {
            throw new IllegalArgumentException("JSON limits must be positive (document >= 2 bytes), got " + this);
        }
    }

    /**
     * The default limits.
     *
     * @return 64 MiB documents, depth 256, strings of 16 Mi characters, a million values, exponents
     *     up to 1000
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
