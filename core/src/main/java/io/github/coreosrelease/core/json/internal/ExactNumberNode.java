/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number read into a tree with the exact text the document wrote: {@code 1e5}, {@code 0.1e1},
 * {@code 5E-1}, {@code -0} and {@code -0.0} are written back as they were (a {@code BigDecimal} or
 * {@code BigInteger} alone would give {@code 1E+5}, {@code 1.0}, {@code 0.5}, {@code 0} and {@code
 * 0.0}). Its value is an exact {@link BigDecimal} (fraction or exponent) or {@link BigInteger}
 * (integer), to which every numeric question is delegated.
 */
public final class ExactNumberNode extends NumericNode {
    private static final long serialVersionUID = 1L;

    private final NumericNode value;
    private final String text;

    private ExactNumberNode(NumericNode value, String text) {
        this.value = value;
        this.text = text;
    }

    /**
     * A number with a fraction or an exponent.
     *
     * @param text its JSON text, valid and within the exponent bound
     * @return the node
     */
    static ExactNumberNode decimal(String text) {
        return new ExactNumberNode(DecimalNode.valueOf(new BigDecimal(text)), text);
    }

    /**
     * An integer.
     *
     * @param text its JSON text, valid
     * @return the node
     */
    static ExactNumberNode integer(String text) {
        return new ExactNumberNode(BigIntegerNode.valueOf(new BigInteger(text)), text);
    }

    /**
     * The number as the document wrote it.
     *
     * @return the JSON number text
     */
    public String text() {
        return text;
    }

    @Override
    public JsonToken asToken() {
        return value.asToken();
    }

    @Override
    public JsonParser.NumberType numberType() {
        return value.numberType();
    }

    @Override
    public boolean isIntegralNumber() {
        return value.isIntegralNumber();
    }

    @Override
    public boolean isFloatingPointNumber() {
        return value.isFloatingPointNumber();
    }

    @Override
    public boolean isBigDecimal() {
        return value.isBigDecimal();
    }

    @Override
    public boolean isBigInteger() {
        return value.isBigInteger();
    }

    @Override
    public Number numberValue() {
        return value.numberValue();
    }

    @Override
    public short shortValue() {
        return value.shortValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return Float.parseFloat(text);
    }

    @Override
    public double doubleValue() {
        // The text rounds correctly and keeps the sign of a zero.
        return Double.parseDouble(text);
    }

    @Override
    public BigDecimal decimalValue() {
        return value.decimalValue();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return value.bigIntegerValue();
    }

    @Override
    public boolean canConvertToInt() {
        return value.canConvertToInt();
    }

    @Override
    public boolean canConvertToLong() {
        return value.canConvertToLong();
    }

    @Override
    public boolean canConvertToExactIntegral() {
        return value.canConvertToExactIntegral();
    }

    @Override
    public String asText() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(text);
    }

    /**
     * Numbers are equal when their values are (as Jackson's own number nodes compare them); the
     * text written back does not take part.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ExactNumberNode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
