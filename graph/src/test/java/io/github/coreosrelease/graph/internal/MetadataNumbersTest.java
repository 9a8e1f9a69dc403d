/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Number formatting for node metadata (SPEC §2.1), checked against Rust's {@code Display}. */
class MetadataNumbersTest {
    /** Plain decimal: optional sign, no leading zeros, no exponent, no trailing zero after a point. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.0, 1",
        "0.0, 0",
        "-0.0, -0",
        "0.3, 0.3",
        "0.30000000000000004, 0.30000000000000004",
        "1e-7, 0.0000001",
        "1e16, 10000000000000000",
        "1e23, 100000000000000000000000",
        "100.0, 100",
        "0.5, 0.5",
        "-1.5, -1.5",
        "123456.789, 123456.789",
        "1e21, 1000000000000000000000",
        "1e22, 10000000000000000000000",
        "2.0E-3, 0.002",
        "4.35, 4.35",
        "0.3333333333333333, 0.3333333333333333",
        "0.6666666666666666, 0.6666666666666666",
        "0.7999999999999999, 0.7999999999999999",
        "-123.456, -123.456",
        "1e-5, 0.00001",
        "0.000001, 0.000001",
        "0.99875, 0.99875",
        "5.787037037037037E-6, 0.000005787037037037037",
        "1.8431436932253575E-10, 0.00000000018431436932253575",
        // 2^-44: Java 17's Double.toString prints 5.6843418860808015E-14, one digit too many.
        "5.684341886080802E-14, 0.00000000000005684341886080802",
        // 2^53 + 1 is not a double: it is 2^53.
        "9007199254740993, 9007199254740992",
        // 2^63 and 2^64: the shortest digits, then zeros, as Rust prints them.
        "9223372036854775808, 9223372036854776000",
        "18446744073709551615, 18446744073709552000",
        // 2^50 + 1/4: 1125899906842624.2 and ...624.3 are equally close and both read back; like
        // Rust, the larger magnitude wins.
        "1125899906842624.25, 1125899906842624.3",
        "1125899906842624.75, 1125899906842624.8",
        "-1125899906842624.25, -1125899906842624.3",
    })
    void formatsShortestPlainDecimal(double value, String expected) {
        assertThat(MetadataNumbers.format(value)).isEqualTo(expected);
    }

    @Test
    void formatsTheExtremesWithoutExponent() {
        assertThat(MetadataNumbers.format(Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(323) + "5");
        assertThat(MetadataNumbers.format(-Double.MIN_VALUE)).isEqualTo("-0." + "0".repeat(323) + "5");
        assertThat(MetadataNumbers.format(3 * Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(322) + "15");
        assertThat(MetadataNumbers.format(6 * Double.MIN_VALUE)).isEqualTo("0." + "0".repeat(322) + "3");
        assertThat(MetadataNumbers.format(Double.MIN_NORMAL)).isEqualTo("0." + "0".repeat(307) + "22250738585072014");
        assertThat(MetadataNumbers.format(Double.MAX_VALUE)).isEqualTo("17976931348623157" + "0".repeat(292));
        assertThat(MetadataNumbers.format(-Double.MAX_VALUE)).isEqualTo("-17976931348623157" + "0".repeat(292));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesWhatJsonCannotCarry(double value) {
        assertThatThrownBy(() -> MetadataNumbers.format(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write " + value
                        + " into node metadata: expected a finite number, JSON has no NaN or infinity");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, 0",
        "100, 100",
        "-5, -5",
        "1700000000, 1700000000",
        "9223372036854775807, 9223372036854775807",
        "-9223372036854775808, -9223372036854775808",
    })
    void formatsLongs(long value, String expected) {
        assertThat(MetadataNumbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "100", "-7", "18446744073709551615", "340282366920938463463374607431768211456"})
    void formatsBigIntegers(String digits) {
        assertThat(MetadataNumbers.format(new BigInteger(digits))).isEqualTo(digits);
    }

    @Test
    void agreesWithTheReferenceFormatter() throws IOException {
        List<String[]> cases = rustDisplayFixture();
        assertThat(cases).hasSize(400);
        for (String[] entry : cases) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(entry[0]));
            assertThat(MetadataNumbers.format(value)).as("bits %s", entry[0]).isEqualTo(entry[1]);
        }
    }

    @Test
    void readsBackExactlyOnRandomDoubles() {
        Random random = new Random(42);
        int checked = 0;
        for (int i = 0; i < 100_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = MetadataNumbers.format(value);
            assertThat(text).as("format(%s)", value).matches(PLAIN_DECIMAL);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(text)))
                    .as("format(%s) = %s", value, text)
                    .isEqualTo(Double.doubleToRawLongBits(value));
            checked++;
        }
        // About 1 in 2048 bit patterns is NaN or infinite: 59 of this seeded sequence are skipped.
        assertThat(checked).isEqualTo(99_941);
    }

    @Test
    void noShorterDecimalReadsBack() {
        Random random = new Random(42);
        for (int i = 0; i < 6_000; i++) {
            double value = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
                case 1 -> random.nextDouble();
                // Values in [2^50, 2^51) with a quarter fraction: two shortest candidates tie.
                default -> 0x1p50 + random.nextInt(1 << 20) + 0.25 * random.nextInt(4);
            };
            if (!Double.isFinite(value) || value == 0.0) {
                continue;
            }
            BigDecimal expected = bruteForceShortest(value);
            BigDecimal actual = new BigDecimal(MetadataNumbers.format(value));
            assertThat(actual).as("format(%s)", value).isEqualByComparingTo(expected);
        }
    }

    /**
     * Tries every precision from 1 digit up and, at each, the two decimals enclosing the value,
     * keeping those that {@link Double#parseDouble} reads back as the value; picks the closest,
     * the larger on a tie. Independent of the interval arithmetic of {@link ShortestDecimal}.
     */
    private static BigDecimal bruteForceShortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) != value) {
                    continue;
                }
                if (best == null) {
                    best = candidate;
                    continue;
                }
                int closeness = exact.subtract(candidate)
                        .abs()
                        .compareTo(exact.subtract(best).abs());
                if (closeness < 0 || (closeness == 0 && candidate.abs().compareTo(best.abs()) > 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("no decimal of at most 17 digits reads back as " + value);
    }

    private static List<String[]> rustDisplayFixture() throws IOException {
        try (InputStream in = MetadataNumbersTest.class.getResourceAsStream("/metadata-numbers/rust-display.txt")) {
            assertThat(in).as("fixture metadata-numbers/rust-display.txt").isNotNull();
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split(" "));
                }
            }
            return cases;
        }
    }
}
