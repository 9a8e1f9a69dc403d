/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;

/**
 * The encoding check every reader and the validator make before parsing: JSON exchanged between
 * systems is UTF-8 (RFC 8259 §8.1). UTF-16 and UTF-32 (with or without a byte order mark), overlong
 * forms such as {@code C0 80}, encoded surrogates and stray bytes are refused, all with the same
 * message. A UTF-8 byte order mark is allowed, as RFC 8259 lets parsers ignore it.
 */
public final class Utf8 {
    private static final String NOT_UTF8 = "document is not valid UTF-8 (JSON documents are UTF-8, RFC 8259 §8.1): ";

    private Utf8() {}

    /**
     * Checks that bytes are UTF-8.
     *
     * @param kind the document, for the message
     * @param bytes the document
     * @throws DocumentException naming the encoding found, or the offset, line and column of the
     *     first byte that is not UTF-8
     */
    public static void require(DocumentKind kind, byte[] bytes) {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new DocumentException(kind, "", NOT_UTF8 + "it is " + wide + "; convert it to UTF-8", 1, 1, null);
        }
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                throw invalid(kind, bytes, i);
            }
            i += length;
        }
    }

    /** The UTF-16 or UTF-32 form a document's first bytes show, or null (RFC 4627 §3). */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return "UTF-32BE (byte order mark 00 00 FE FF)";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE (byte order mark FF FE 00 00)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE (byte order mark FE FF)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE (byte order mark FF FE)";
        }
        // Without a mark: JSON text starts with an ASCII character, whose zero bytes give the form away.
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return "UTF-32BE (zero bytes around every character)";
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE (zero bytes around every character)";
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return "UTF-16BE (a zero byte before every character)";
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return "UTF-16LE (a zero byte after every character)";
        }
        return null;
    }

    /** The length of the well-formed sequence at {@code i} (RFC 3629 §4), or 0 if there is none. */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                secondMin = 0xA0; // below: overlong
            } else if (lead == 0xED) {
                secondMax = 0x9F; // above: a surrogate
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                secondMin = 0x90; // below: overlong
            } else if (lead == 0xF4) {
                secondMax = 0x8F; // above: beyond U+10FFFF
            }
        } else {
            return 0; // a continuation byte, C0 and C1 (always overlong), or F5 and above
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static DocumentException invalid(DocumentKind kind, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder found = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + 4); i++) {
            found.append(found.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        int lead = bytes[offset] & 0xFF;
        boolean overlong = lead == 0xC0
                || lead == 0xC1
                || (offset + 1 < bytes.length
                        && ((lead == 0xE0 && (bytes[offset + 1] & 0xFF) < 0xA0)
                                || (lead == 0xF0 && (bytes[offset + 1] & 0xFF) < 0x90)));
        String what = overlong ? "an overlong encoding" : "an invalid byte sequence";
        return new DocumentException(
                kind,
                "",
                NOT_UTF8 + what + " at byte offset " + offset + ": " + found,
                line,
                offset - lineStart + 1,
                null);
    }
}
