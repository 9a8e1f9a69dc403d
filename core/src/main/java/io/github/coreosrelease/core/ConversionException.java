/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

/**
 * A conversion between pipeline documents was refused because its rules forbid it, for example
 * merging release metadata of two different builds, or adding a release to an index where it is
 * not a superset of the existing entry. Nothing is modified when this is thrown.
 */
public final class ConversionException extends CoreosReleaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why
     */
    public ConversionException(String message) {
        super(message, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what was refused and why
     * @param cause the underlying exception
     */
    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
