/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Writes numbers into node metadata, whose values are strings (SPEC §2.1): plain decimal, never
 * an exponent, no trailing {@code ".0"}, and for floating-point values the shortest decimal that
 * reads back as the same {@code double}. The output equals that of the reference graph builder
 * (Rust's {@code Display}), e.g. {@code 1.0} gives {@code "1"}, {@code 1e-7} gives {@code
 * "0.0000001"}, {@code 1e23} gives {@code "100000000000000000000000"}.
 *
 * <p>Not {@link Double#toString(double)}: besides its exponent notation, on Java 17 it sometimes
 * yields more digits than needed ({@code 1.0E23} prints as {@code 9.999999999999999E22}).
 */
public final class MetadataNumbers {
    private MetadataNumbers() {}

    /**
     * Formats a floating-point number as the shortest plain decimal that reads back as exactly
     * the same value: {@code 0.3} gives {@code "0.3"}, {@code 0.1 + 0.2} gives {@code
     * "0.30000000000000004"}, {@code 1e16} gives {@code "10000000000000000"}, {@code -0.0} gives
     * {@code "-0"}.
     *
     * @param value a finite number
     * @return the decimal, with a leading {@code '-'} for negative values (negative zero included)
     * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot carry
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value
                    + " into node metadata: expected a finite number, JSON has no NaN or infinity");
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        String sign = negative ? "-" : "";
        if (value == 0.0) {
            return sign + "0";
        }
        return sign + ShortestDecimal.of(Math.abs(value)).toPlainString();
    }

    /**
     * Formats an integer in decimal, e.g. {@code 100} gives {@code "100"}.
     *
     * @param value any integer
     * @return the decimal digits, with a leading {@code '-'} for negative values
     */
    public static String format(long value) {
        return Long.toString(value);
    }

    /**
     * Formats an integer of any size in decimal, e.g. an unsigned 64-bit {@code duration_minutes}
     * of {@code 18446744073709551615}.
     *
     * @param value any integer
     * @return the decimal digits, with a leading {@code '-'} for negative values
     */
    public static String format(BigInteger value) {
        return Objects.requireNonNull(value, "value").toString();
    }
}
