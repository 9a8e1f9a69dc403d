/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

import java.util.Locale;

/**
 * Shortens what goes into one error line, so that a hostile document (a value of megabytes, a
 * pointer 256 levels deep, a tag with a line break or a terminal escape in it) still gets a short,
 * readable message of one line: control characters are written as escapes, the start and the end
 * are kept, and the message says how much was left out.
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
     * A text of one line and at most about {@code max} characters.
     *
     * @param original the text
     * @param max the length kept whole, counted after escaping
     * @return the text with its control characters escaped as by {@link #printable}, or its start
     *     and end around {@code ...(N characters left out)...}
     */
    public static String text(String original, int max) {
        int length = original.length();
        // An escaped text is never shorter than the original: only a short one can be whole.
        if (length <= max && width(original) <= max) {
            return printable(original);
        }
        // Cut the original, not its escaped form, so that no escape is ever cut in two.
        int headWidth = max * 2 / 3;
        int head = 0;
        for (int w = 0; head < length && w + width(original.charAt(head)) <= headWidth; head++) {
            w += width(original.charAt(head));
        }
        head = notInsideAPair(original, head);
        int tail = length;
        for (int w = 0; tail > head && w + width(original.charAt(tail - 1)) <= max - headWidth; tail--) {
            w += width(original.charAt(tail - 1));
        }
        tail = Math.max(head, notInsideAPair(original, tail));
        return printable(original.substring(0, head)) + "...(" + (tail - head) + " characters left out)..."
                + printable(original.substring(tail));
    }

    /** How many characters {@code text} takes in {@link #printable} text. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += width(text.charAt(i));
        }
        return width;
    }

    /** How many characters {@code c} takes in {@link #printable} text. */
    private static int width(char c) {
        return Character.isISOControl(c) ? escape(c).length() : 1;
    }

    /** The escape of a control character: {@code \n}, {@code \r}, {@code \t}, else a Unicode escape such as {@code \}{@code u001b}. */
    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }

    /**
     * The text with each control character (C0, DEL, C1) written as its escape ({@code \n},
     * {@code \r}, {@code \t}, else a Unicode escape such as {@code \}{@code u001b}), so that a
     * value quoted in a message can neither break its line nor send a terminal its escape sequences.
     *
     * @param text the text
     * @return the same text when it has no control character
     */
    public static String printable(String text) {
        int first = 0;
        while (first < text.length() && !Character.isISOControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                escaped.append(escape(c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A cut before {@code index}, moved back by one when it would split a surrogate pair. */
    private static int notInsideAPair(String text, int index) {
        return index > 0
                        && index < text.length()
                        && Character.isHighSurrogate(text.charAt(index - 1))
                        && Character.isLowSurrogate(text.charAt(index))
                ? index - 1
                : index;
    }

    /**
     * A JSON pointer short enough for one line.
     *
     * @param pointer an RFC 6901 pointer
     * @return the pointer, its control characters escaped as by {@link #text}, or its first and last
     *     levels around {@code /...(N levels left out)...}
     */
    public static String pointer(String pointer) {
        String[] levels = pointer.split("/", -1);
        // levels[0] is the empty text before the first slash.
        int count = levels.length - 1;
        String printable = printable(pointer);
        if (count <= POINTER_LEVELS_WHOLE && printable.length() <= POINTER_CHARS_WHOLE) {
            return printable;
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
