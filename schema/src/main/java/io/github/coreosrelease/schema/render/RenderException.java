/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import io.github.coreosrelease.core.CoreosReleaseException;

/**
 * A picture could not be made: the Graphviz {@code dot} program is missing, failed, took too long
 * or produced too much output. The message says what happened and what to do.
 */
public final class RenderException extends CoreosReleaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     * @param cause the underlying exception, or {@code null}
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
