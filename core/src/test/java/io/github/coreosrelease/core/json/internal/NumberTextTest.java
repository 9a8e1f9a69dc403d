/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
    @ParameterizedTest(name = "{0} within {1}: {2}")
    @CsvSource({
        "1, 0, true",
        "1.5, 0, true",
        "1e0, 0, true",
        "1e1, 0, false",
        "1e1000, 1000, true",
        "1E+0001000, 1000, true",
        "1e-1000, 1000, true",
        "1e-1001, 1000, false",
        "1e1001, 1000, false",
        "1e000000000000000000000001, 1, true",
        "1e9999999999, 1000, false",
        "1e99999999999999999999999999, 2147483647, false",
        "-0.0e-0, 0, true",
    })
    void exponentsAreCheckedOnTheText(String number, int bound, boolean within) {
        assertThat(NumberText.exponentWithin(number, bound)).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "0, true",
        "-0, true",
        "-0.0, true",
        "1e5, true",
        "5E-1, true",
        "12345678901234567890, true",
        "+1, false",
        ".5, false",
        "5., false",
        "01, false",
        "1e, false",
        "'', false",
        "NaN, false",
        "Infinity, false",
        "0x10, false",
    })
    void jsonNumberSyntax(String text, boolean number) {
        assertThat(NumberText.isJsonNumber(text)).isEqualTo(number);
    }

    @Test
    void readableNumbersAreThoseTheDefaultReadersAccept() {
        assertThat(NumberText.isReadableNumber("1e1000")).isTrue();
        assertThat(NumberText.isReadableNumber("1e1001")).isFalse();
        assertThat(NumberText.isReadableNumber("1".repeat(1000))).isTrue();
        assertThat(NumberText.isReadableNumber("1".repeat(1001))).isFalse();
        assertThat(NumberText.isReadableNumber("+1")).isFalse();
        // The readers agree: the length bound is theirs.
        assertThat(JsonSupport.defaults()
                        .parse(DocumentKind.META, ("[" + "1".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8))
                        .get(0)
                        .toString())
                .isEqualTo("1".repeat(1000));
        assertThatThrownBy(() -> JsonSupport.defaults()
                        .parse(DocumentKind.META, ("[" + "1".repeat(1001) + "]").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/0");
                    assertThat(e.problem())
                            .isEqualTo("document exceeds a size limit: Number value length (1001) exceeds the"
                                    + " maximum allowed (1000)");
                });
    }
}
