/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one query string component ({@code application/x-www-form-urlencoded}: {@code +} is a
 * space, {@code %XX} a byte) strictly: a malformed escape, or escapes whose bytes are not UTF-8
 * (such as the truncated {@code %E0%A4}), is refused rather than turned into a replacement
 * character, so that the client gets a 400 that says why.
 */
final class QueryDecoding {
    private QueryDecoding() {}

    /**
     * Decodes a component.
     *
     * @param component the raw text between {@code &} and {@code =}
     * @return the decoded text
     * @throws IllegalArgumentException naming the malformed escape or the invalid bytes
     */
    static String decode(String component) {
        if (component.indexOf('%') < 0 && component.indexOf('+') < 0) {
            return component;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 3 > component.length()) {
                    throw new IllegalArgumentException("incomplete escape \"" + component.substring(i) + "\"");
                }
                int high = Character.digit(component.charAt(i + 1), 16);
                int low = Character.digit(component.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException(
                            "\"" + component.substring(i, i + 3) + "\" is not a percent-escape of two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "the escapes in \"" + shorten(component) + "\" are not UTF-8 (RFC 3986 percent-encodes UTF-8)", e);
        }
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
