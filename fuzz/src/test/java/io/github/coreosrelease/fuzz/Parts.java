/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits one fuzz input into the documents and parameters of an entry point that takes several:
 * documents are separated by a NUL byte, which no valid JSON text contains, and a leading
 * parameter line ends at the first newline. Seeds stay readable files that way.
 */
final class Parts {
    private static final byte SEPARATOR = 0;
    private static final String NONE = "-";

    private Parts() {}

    /**
     * The input's NUL-separated parts; the last one keeps any further separators.
     *
     * @param data the fuzz input
     * @param count how many parts are wanted
     * @return exactly {@code count} parts, the missing ones empty
     */
    static List<byte[]> split(byte[] data, int count) {
        List<byte[]> parts = new ArrayList<>(count);
        int start = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = indexOf(data, SEPARATOR, start);
            if (end < 0) {
                parts.add(Arrays.copyOfRange(data, start, data.length));
                start = data.length;
            } else {
                parts.add(Arrays.copyOfRange(data, start, end));
                start = end + 1;
            }
        }
        parts.add(Arrays.copyOfRange(data, start, data.length));
        return parts;
    }

    /**
     * The input's NUL-separated parts, as many as it has.
     *
     * @param data the fuzz input
     * @param max at most this many parts; the last one keeps any further separators
     * @return one part or more
     */
    static List<byte[]> splitAll(byte[] data, int max) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        int end;
        while (parts.size() < max - 1 && (end = indexOf(data, SEPARATOR, start)) >= 0) {
            parts.add(Arrays.copyOfRange(data, start, end));
            start = end + 1;
        }
        parts.add(Arrays.copyOfRange(data, start, data.length));
        return parts;
    }

    /**
     * The first line of the input, as UTF-8 text (malformed bytes replaced).
     *
     * @param data the fuzz input
     * @return the text before the first newline, or all of it
     */
    static String firstLine(byte[] data) {
        int end = indexOf(data, (byte) '\n', 0);
        return new String(data, 0, end < 0 ? data.length : end, StandardCharsets.UTF_8);
    }

    /**
     * What follows the first line.
     *
     * @param data the fuzz input
     * @return the bytes after the first newline, or none
     */
    static byte[] afterFirstLine(byte[] data) {
        int end = indexOf(data, (byte) '\n', 0);
        return end < 0 ? new byte[0] : Arrays.copyOfRange(data, end + 1, data.length);
    }

    /**
     * The input as UTF-8 text (malformed bytes replaced), for parsers of short values.
     *
     * @param data the fuzz input
     * @return the text
     */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * The space-separated fields of a parameter line; the last one keeps any further spaces.
     *
     * @param line the line
     * @param count how many fields are wanted
     * @return exactly {@code count} fields, the missing ones {@code -}
     */
    static String[] fields(String line, int count) {
        String[] fields = new String[count];
        Arrays.fill(fields, NONE);
        String[] given = line.split(" ", count);
        System.arraycopy(given, 0, fields, 0, given.length);
        return fields;
    }

    /**
     * A parameter, where {@code -} stands for one that is not given.
     *
     * @param field the field
     * @return the field, or empty
     */
    static Optional<String> parameter(String field) {
        return field.equals(NONE) ? Optional.empty() : Optional.of(field);
    }

    /**
     * A {@code now} parameter.
     *
     * @param field the field
     * @return its value as seconds since the epoch, 0 when it is not a number
     */
    static long epochSeconds(String field) {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    private static int indexOf(byte[] data, byte value, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
