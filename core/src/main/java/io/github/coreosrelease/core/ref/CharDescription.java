/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

/** Renders a single character for an error message, so that control characters stay readable. */
final class CharDescription {
    private CharDescription() {}

    /**
     * Describes one character.
     *
     * @param c the character
     * @return {@code 'c'} for printable ASCII, else the code point in four hex digits, e.g. {@code
     *     U+00E9}
     */
    static String of(char c) {
        if (c >= 0x21 && c <= 0x7e) {
            return "'" + c + "'";
        }
        return String.format("U+%04X", (int) c);
    }
}
