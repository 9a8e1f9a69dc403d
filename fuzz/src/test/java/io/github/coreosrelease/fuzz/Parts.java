/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one fuzz input into the documents and parameters of an entry point that takes several:
 * documents are separated by a NUL byte, which no valid JSON text contains, and a leading
 * parameter line ends at the first newline. Seeds stay readable files that way.
 */
final class Parts {
    private static final byte SEPARATOR = 0;

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

    private static int indexOf(byte[] data, byte value, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
