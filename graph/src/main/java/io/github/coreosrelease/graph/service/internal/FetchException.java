/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

/** A document source could not be read: missing, unreachable, refused, too large. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the source and says what went wrong
     * @param cause the underlying exception, or {@code null}
     */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
