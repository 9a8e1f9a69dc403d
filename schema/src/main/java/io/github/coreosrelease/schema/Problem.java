/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One reason why a document does not satisfy its schema (SPEC §5).
 *
 * <p>Besides the JSON Schema keywords (e.g. {@code required}, {@code type}, {@code pattern}), the
 * {@link #keyword()} may be {@link #SYNTAX} when the input is not well-formed JSON, or {@link #LIMIT}
 * when it exceeds a size or nesting bound (SPEC §6); such a problem is the only one reported.
 */
@Value.Immutable
@ModelStyle
public interface Problem {
    /** The {@link #keyword()} of a problem that says the input is not well-formed JSON. */
    String SYNTAX = "syntax";

    /** The {@link #keyword()} of a problem that says the input is too large or too deeply nested. */
    String LIMIT = "limit";

    /**
     * Where the problem is: the offending value, or for a missing property the object that lacks it.
     *
     * @return an RFC 6901 JSON pointer, {@code ""} for the whole document
     */
    String pointer();

    /**
     * The 1-based line of the value at {@link #pointer()} in the input, when known.
     *
     * @return the line, or empty
     */
    OptionalInt line();

    /**
     * The 1-based column, in characters, of the value at {@link #pointer()} in the input, when known.
     *
     * @return the column, or empty (exactly when {@link #line()} is empty)
     */
    OptionalInt column();

    /**
     * What is wrong, in words.
     *
     * @return e.g. {@code "required property 'version' not found"}
     */
    String message();

    /**
     * The schema keyword whose check failed.
     *
     * @return e.g. {@code "required"}, or {@link #SYNTAX} or {@link #LIMIT}
     */
    String keyword();

    /** Line and column are both known or both unknown, and positive. */
    @Value.Check
    default void checkLocation() {
        if (line().isPresent() != column().isPresent()) {
            throw new IllegalStateException("line and column must be both present or both absent: " + this);
        }
        if (line().isPresent() && (line().getAsInt() < 1 || column().getAsInt() < 1)) {
            throw new IllegalStateException("line and column are 1-based: " + this);
        }
    }

    /**
     * Starts a new problem.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Problem}. */
    final class Builder extends ImmutableProblem.Builder {
        /** Creates an empty builder, as {@link Problem#builder()} does. */
        public Builder() {}
    }
}
