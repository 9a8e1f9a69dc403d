/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.json.JsonLimits;
import java.util.regex.Pattern;

/**
 * Questions about the text of a JSON number (RFC 8259 §6) answered on the text alone, without
 * turning it into a value: a number such as {@code 1e999999999} is a few characters whose value
 * would be a billion digits, so its exponent is checked before anything expands it.
 */
public final class NumberText {
    private static final Pattern JSON_NUMBER =
            Pattern.compile("-?(?:0|[1-9][0-9]*+)(?:\\.[0-9]++)?(?:[eE][+-]?[0-9]++)?");

    /** Exponents of more digits than this (leading zeros aside) are beyond any int bound. */
    private static final int MAX_EXPONENT_DIGITS = 9;

    /** The longest number the readers accept: Jackson's default, which {@code JsonSupport} keeps. */
    static final int MAX_LENGTH = 1000;

    private NumberText() {}

    /**
     * Whether a text is a number that every reader with the default limits reads back: JSON
     * number syntax, at most 1000 characters, an exponent within {@link
     * JsonLimits#DEFAULT_MAX_NUMBER_EXPONENT}. Writers of reports use it to decide whether a text
     * can go out as a number, with its exact text, or must stay a string.
     *
     * @param text e.g. {@code "0.25"}, {@code "1e5"}
     * @return true when the text can be written as that number
     */
    public static boolean isReadableNumber(String text) {
        return text.length() <= MAX_LENGTH
                && isJsonNumber(text)
                && exponentWithin(text, JsonLimits.DEFAULT_MAX_NUMBER_EXPONENT);
    }

    /**
     * Whether a text is a JSON number.
     *
     * @param text e.g. {@code "0.25"}, {@code "-0"}, {@code "1e5"}
     * @return true for JSON number syntax; false for {@code "+1"}, {@code ".5"}, {@code "01"}, {@code "1."}
     */
    public static boolean isJsonNumber(String text) {
        return JSON_NUMBER.matcher(text).matches();
    }

    /**
     * Whether the exponent a number is written with is at most a bound in magnitude.
     *
     * @param number a JSON number's text
     * @param bound the largest magnitude allowed, at least 0
     * @return true for a number without exponent, or whose exponent (leading zeros aside) is at
     *     most the bound: {@code 1e+0001000} is within 1000, {@code 1e-1001} is not
     */
    public static boolean exponentWithin(String number, int bound) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return true;
        }
        int digits = e + 1;
        if (digits < number.length() && (number.charAt(digits) == '+' || number.charAt(digits) == '-')) {
            digits++;
        }
        while (digits < number.length() - 1 && number.charAt(digits) == '0') {
            digits++;
        }
        String exponent = number.substring(digits);
        return exponent.length() <= MAX_EXPONENT_DIGITS && Integer.parseInt(exponent) <= bound;
    }
}
