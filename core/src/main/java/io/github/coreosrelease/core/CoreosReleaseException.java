/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

import io.github.coreosrelease.core.internal.Shortened;

/**
 * Root of every exception this library throws on bad input or a refused operation.
 *
 * <p>Unchecked, so that callers handle it where they can do something useful. Subclasses say
 * what went wrong in terms of the pipeline's documents: {@link DocumentException} for a document
 * that cannot be read, {@link InvalidValueException} for a malformed value such as a digest, and
 * {@link ConversionException} for a conversion that the rules forbid.
 */
public abstract class CoreosReleaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a complete, human-readable message of one line: a control
     * character in it (a line break in a quoted value, a terminal escape) is written as an escape
     * such as {@code \n}.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying exception, or {@code null}
     */
    protected CoreosReleaseException(String message, Throwable cause) {
        super(message == null ? null : Shortened.printable(message), cause);
    }
}
