/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

/**
 * A single value (an image reference, a digest, a version...) does not have the expected syntax.
 *
 * <p>Thrown by the parsing factories of value types. When the value comes from a document, the
 * document reader turns it into a {@link DocumentException} that also names the JSON pointer.
 */
public final class InvalidValueException extends CoreosReleaseException {
    private static final long serialVersionUID = 1L;

    /** The rejected input, exactly as given. */
    private final String value;

    /** A short description of the shape the input should have had. */
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param what the kind of value, e.g. {@code "image reference"}
     * @param value the offending input, quoted in the message
     * @param expected a description of the expected shape
     */
    public InvalidValueException(String what, String value, String expected) {
        super("invalid " + what + " \"" + value + "\": expected " + expected, null);
        this.value = value;
        this.expected = expected;
    }

    /**
     * The input that was rejected.
     *
     * @return the offending input, exactly as given
     */
    public String value() {
        return value;
    }

    /**
     * What the input should have looked like.
     *
     * @return a short description of the expected shape
     */
    public String expected() {
        return expected;
    }
}
