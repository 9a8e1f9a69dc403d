/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDecimalTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // text, written back, negative zero, double bits as text
        "0.25, 0.25, false, 0.25",
        "1, 1, false, 1.0",
        "1.0, 1.0, false, 1.0",
        "0, 0, false, 0.0",
        "0.0, 0.0, false, 0.0",
        "-0.0, -0.0, true, -0.0",
        "-0, -0, true, -0.0",
        "-0e3, -0E+3, true, -0.0",
        "25e-2, 0.25, false, 0.25",
        "1E2, 1E+2, false, 100.0",
        "-1.5, -1.5, false, -1.5",
        "0.30000000000000004, 0.30000000000000004, false, 0.30000000000000004",
        "1e400, 1E+400, false, Infinity",
    })
    void parsesJsonNumbers(String text, String written, boolean negativeZero, String asDouble) {
        JsonDecimal number = JsonDecimal.parse(text);

        assertThat(number.toString()).isEqualTo(written);
        assertThat(number.isNegativeZero()).isEqualTo(negativeZero);
        // isEqualTo on a Double compares bits: -0.0 does not pass for 0.0.
        assertThat(number.doubleValue()).isEqualTo(Double.valueOf(asDouble));
        assertThat(number.bigDecimalValue()).isEqualTo(new BigDecimal(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-", "+1", ".5", "5.", "01", "1e", "0x10", "NaN", "Infinity", " 1", "1 ", "--0"})
    void refusesWhatIsNotAJsonNumber(String text) {
        assertThatThrownBy(() -> JsonDecimal.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a JSON number such as 0.25, found \"" + text + "\"");
    }

    @Test
    void equalityKeepsScaleAndTheSignOfZero() {
        assertThat(JsonDecimal.parse("1.0")).isEqualTo(JsonDecimal.of(new BigDecimal("1.0")));
        assertThat(JsonDecimal.parse("1.0")).hasSameHashCodeAs(JsonDecimal.of(new BigDecimal("1.0")));
        assertThat(JsonDecimal.parse("1.0")).isNotEqualTo(JsonDecimal.parse("1"));
        assertThat(JsonDecimal.parse("-0.0")).isNotEqualTo(JsonDecimal.parse("0.0"));
        assertThat(JsonDecimal.of(new BigDecimal("-0.0")).isNegativeZero()).isFalse();
    }
}
