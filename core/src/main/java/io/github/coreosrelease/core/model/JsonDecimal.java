/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON number kept exactly as a document wrote it: its decimal value with its scale ({@code 1.0}
 * stays {@code 1.0}, {@code 1} stays {@code 1}) and the sign of a zero ({@code -0.0}).
 *
 * <p>{@link BigDecimal} alone cannot hold a negative zero, yet the reference graph builder reads
 * {@code -0.0} as the 64-bit float {@code -0.0} and writes it back as {@code "-0"} (SPEC §2.1); this
 * type keeps what it needs to do the same.
 *
 * <pre>{@code
 * JsonDecimal share = JsonDecimal.parse("-0.0");
 * share.isNegativeZero(); // true
 * share.doubleValue();    // -0.0
 * share.toString();       // "-0.0"
 * }</pre>
 */
public final class JsonDecimal {
    /** The number grammar of RFC 8259. */
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*+)(?:\\.[0-9]++)?(?:[eE][+-]?[0-9]++)?");

    private final BigDecimal value;
    private final boolean negativeZero;

    private JsonDecimal(BigDecimal value, boolean negativeZero) {
        this.value = value;
        this.negativeZero = negativeZero;
    }

    /**
     * The number with this exact decimal value.
     *
     * @param value the value, with the scale to write
     * @return the number; never a negative zero, since {@link BigDecimal} has none
     */
    public static JsonDecimal of(BigDecimal value) {
        return new JsonDecimal(Objects.requireNonNull(value, "value"), false);
    }

    /**
     * Reads a number written in JSON syntax.
     *
     * @param text e.g. {@code "0.25"}, {@code "1"}, {@code "-0.0"}, {@code "5e-1"}
     * @return the number, a negative zero when the text is a zero with a minus sign
     * @throws IllegalArgumentException if the text is not a JSON number
     */
    public static JsonDecimal parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!JSON_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a JSON number such as 0.25, found \"" + text + "\"");
        }
        BigDecimal value = new BigDecimal(text);
        return new JsonDecimal(value, text.startsWith("-") && value.signum() == 0);
    }

    /**
     * The exact decimal value; a negative zero gives a zero.
     *
     * @return the value, with the scale as written
     */
    public BigDecimal bigDecimalValue() {
        return value;
    }

    /**
     * Whether this is a zero written with a minus sign, such as {@code -0.0}.
     *
     * @return true for a negative zero
     */
    public boolean isNegativeZero() {
        return negativeZero;
    }

    /**
     * The nearest 64-bit float, as a JSON parser that reads numbers as {@code double} gets it
     * (correctly rounded; {@code -0.0} for a negative zero; infinite beyond the float range).
     *
     * @return the float
     */
    public double doubleValue() {
        // Parsing the decimal text rounds correctly, unlike some JDKs' BigDecimal.doubleValue().
        return Double.parseDouble(toString());
    }

    /**
     * The number in JSON syntax, as it is written back into a document.
     *
     * @return e.g. {@code "0.25"}, {@code "1.0"}, {@code "-0.0"}
     */
    @Override
    public String toString() {
        return negativeZero ? "-" + value : value.toString();
    }

    /**
     * Numbers are equal when they have the same value, scale and sign: {@code 1.0} differs from
     * {@code 1}, {@code -0.0} from {@code 0.0}.
     *
     * @param other the object to compare with
     * @return true when equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof JsonDecimal that && value.equals(that.value) && negativeZero == that.negativeZero;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode() * 31 + Boolean.hashCode(negativeZero);
    }
}
