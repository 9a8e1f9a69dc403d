/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import io.github.coreosrelease.core.json.JsonLimits;

/**
 * Bounds on what the validator reads, so that a hostile or broken input cannot exhaust memory or
 * stack (SPEC §6). They are the typed readers' default {@link JsonLimits}, so that a document is
 * either within bounds for both validation and reading or for neither. Real pipeline documents stay
 * far below them: the largest, a stream metadata file, is a few hundred kilobytes and nests about
 * ten levels deep.
 */
public final class InputLimits {
    /** Largest document accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = Math.toIntExact(JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES);

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = JsonLimits.DEFAULT_MAX_NESTING_DEPTH;

    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = JsonLimits.DEFAULT_MAX_STRING_LENGTH;

    private InputLimits() {}
}
