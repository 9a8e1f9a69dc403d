/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

/**
 * Shortens what goes into one error line, so that a hostile document (a value of megabytes, a
 * pointer 256 levels deep) still gets a short, readable message: the start and the end are kept,
 * and the message says how much was left out.
 */
public final class Shortened {
    /** Levels of a pointer kept at each end. */
    private static final int POINTER_LEVELS_KEPT = 4;

    /** Pointers of up to this many levels are kept whole. */
    private static final int POINTER_LEVELS_WHOLE = 12;

    /** Pointers of up to this many characters are kept whole. */
    private static final int POINTER_CHARS_WHOLE = 160;

    private Shortened() {}

    /**
     * A text of at most about {@code max} characters.
     *
     * @param text the text
     * @param max the length kept whole
     * @return the text, or its start and end around {@code ...(N characters left out)...}
     */
    public static String text(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int head = notInsideAPair(text, max * 2 / 3);
        int tail = notInsideAPair(text, text.length() - (max - max * 2 / 3));
        return text.substring(0, head) + "...(" + (tail - head) + " characters left out)..." + text.substring(tail);
    }

    /** A cut before {@code index}, moved back by one when it would split a surrogate pair. */
    private static int notInsideAPair(String text, int index) {
        return index > 0
                        && Character.isHighSurrogate(text.charAt(index - 1))
                        && Character.isLowSurrogate(text.charAt(index))
                ? index - 1
                : index;
    }

    /**
     * A JSON pointer short enough for one line.
     *
     * @param pointer an RFC 6901 pointer
     * @return the pointer, or its first and last levels around {@code /...(N levels left out)...}
     */
    public static String pointer(String pointer) {
        String[] levels = pointer.split("/", -1);
        // levels[0] is the empty text before the first slash.
        int count = levels.length - 1;
        if (count <= POINTER_LEVELS_WHOLE && pointer.length() <= POINTER_CHARS_WHOLE) {
            return pointer;
        }
        if (count <= 2 * POINTER_LEVELS_KEPT) {
            return text(pointer, POINTER_CHARS_WHOLE);
        }
        StringBuilder shortened = new StringBuilder();
        for (int i = 1; i <= POINTER_LEVELS_KEPT; i++) {
            shortened.append('/').append(text(levels[i], 40));
        }
        shortened.append("/...(").append(count - 2 * POINTER_LEVELS_KEPT).append(" levels left out)...");
        for (int i = count - POINTER_LEVELS_KEPT + 1; i <= count; i++) {
            shortened.append('/').append(text(levels[i], 40));
        }
        return shortened.toString();
    }
}
