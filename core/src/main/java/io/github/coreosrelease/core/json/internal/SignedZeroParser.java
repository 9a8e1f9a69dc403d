/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser under which Jackson's tree keeps the sign of a negative zero such as {@code -0.0}.
 *
 * <p>The tree reads every number with a fraction or exponent as a {@code BigDecimal}, to keep it
 * exact, but {@code BigDecimal} has no negative zero, and the reference tools read {@code -0.0} as
 * the float {@code -0.0} (it prints {@code "-0"} in a graph). The tree reads a number as a
 * {@code double} instead when the parser calls it not finite ({@link #isNaN()}); this parser says
 * so of a negative zero, which is exactly representable as a {@code double}, so nothing is lost.
 */
final class SignedZeroParser extends JsonParserDelegate {
    SignedZeroParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public boolean isNaN() throws IOException {
        return delegate.isNaN()
                || (delegate.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && isNegativeZero(delegate.getText()));
    }

    /** Whether a JSON number's text is a zero with a minus sign: {@code -0.0}, {@code -0e5}. */
    static boolean isNegativeZero(String number) {
        if (number.isEmpty() || number.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
