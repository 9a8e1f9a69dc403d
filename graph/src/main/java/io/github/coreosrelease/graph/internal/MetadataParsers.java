/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads numbers out of node metadata strings with the grammar of the reference services, which
 * parse them with Rust's {@code str::parse}: ASCII digits only, an optional leading {@code +}
 * (and {@code -} where signed), no surrounding whitespace. Java's own parsers are more lenient
 * (Unicode digits, {@code 1.0d}, hexadecimal floats, whitespace), so the text is checked first.
 */
public final class MetadataParsers {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private MetadataParsers() {}

    /**
     * Parses a signed 64-bit integer ({@code i64}).
     *
     * @param text e.g. {@code "-12"} or {@code "+5"}
     * @return the value, or empty if the text is not an integer in range
     */
    public static OptionalLong int64(String text) {
        int digitsStart = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (!allDigits(text, digitsStart, text.length())) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException outOfRange) {
            return OptionalLong.empty();
        }
    }

    /**
     * Parses an unsigned 64-bit integer ({@code u64}).
     *
     * @param text e.g. {@code "2880"} or {@code "+5"}
     * @return the value between 0 and 2^64-1, or empty if the text is not such an integer
     */
    public static Optional<BigInteger> uint64(String text) {
        int digitsStart = text.startsWith("+") ? 1 : 0;
        if (!allDigits(text, digitsStart, text.length())) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text.substring(digitsStart));
        return value.compareTo(UINT64_MAX) <= 0 ? Optional.of(value) : Optional.empty();
    }

    /**
     * Parses a 64-bit float ({@code f64}): an optionally signed decimal with optional fraction and
     * exponent ({@code 1}, {@code 0.3}, {@code .5}, {@code 5.}, {@code 1e-7}), or {@code inf},
     * {@code infinity} or {@code nan} in any letter case.
     *
     * @param text the metadata value
     * @return the nearest double, or empty if the text is not a float
     */
    public static OptionalDouble float64(String text) {
        boolean negative = text.startsWith("-");
        int start = negative || text.startsWith("+") ? 1 : 0;
        String body = text.substring(start);
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return OptionalDouble.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (lower.equals("nan")) {
            return OptionalDouble.of(Double.NaN);
        }
        if (!isDecimal(body)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text));
    }

    /** {@code digits [. digits] [e [sign] digits]} with at least one mantissa digit. */
    private static boolean isDecimal(String body) {
        int i = skipDigits(body, 0);
        int mantissaDigits = i;
        if (i < body.length() && body.charAt(i) == '.') {
            int fractionStart = i + 1;
            i = skipDigits(body, fractionStart);
            mantissaDigits += i - fractionStart;
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < body.length() && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            i++;
            if (i < body.length() && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            i = skipDigits(body, exponentStart);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == body.length();
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean allDigits(String text, int from, int to) {
        return from < to && skipDigits(text, from) == to;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
