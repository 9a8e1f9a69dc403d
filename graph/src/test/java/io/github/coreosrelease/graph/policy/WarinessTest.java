/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wariness, checked against the reference service: the UUID-derived values and the accepted
 * number syntax were produced with Rust's {@code DefaultHasher} and {@code str::parse::<f64>}.
 */
class WarinessTest {
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "'', 0.18848315746051456",
        "a, 0.4437761738999516",
        "node-1, 0.09988089402475932",
        "e0f3745b108f471cbd4883c6fbed8cdd, 0.6533234000651716",
        // Used as sent: case and dashes change the value.
        "E0F3745B-108F-471C-BD48-83C6FBED8CDD, 0.46125058714279954",
        "e0f3745b-108f-471c-bd48-83c6fbed8cdd, 0.7640252066149913",
        "' ', 0.2947984405563278",
        // Multi-byte UTF-8.
        "é, 0.8394933920000582",
        "ノード, 0.7185279866444645",
    })
    void derivesFromNodeUuidAsTheReferenceDoes(String uuid, double expected) {
        assertThat(Wariness.fromNodeUuid(uuid)).isEqualTo(expected);
    }

    @Test
    void hashesEmbeddedNulCharacters() {
        assertThat(Wariness.fromNodeUuid("a\u0000b")).isEqualTo(0.12891943995734997);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "0, 0.0",
        "1, 1.0",
        "0.5, 0.5",
        "1., 1.0",
        ".5, 0.5",
        "+.5, 0.5",
        "00.5, 0.5",
        "-.5e3, -500.0",
        "5e-1, 0.5",
        "1E5, 100000.0",
        "1e+5, 100000.0",
        "-0, -0.0",
        "0.30000000000000004, 0.30000000000000004",
        // Correctly rounded: 2^53 + 1 ties to the even 2^53.
        "9007199254740993, 9007199254740992.0",
        "1e-400, 0.0",
        "1e400, Infinity",
        "inf, Infinity",
        "+inf, Infinity",
        "-inf, -Infinity",
        "INF, Infinity",
        "Infinity, Infinity",
        "-iNfInItY, -Infinity",
    })
    void parsesWhatRustParses(String text, double expected) {
        assertThat(Wariness.parseRolloutWariness(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                " 1",
                "1 ",
                ".",
                "e5",
                "1e",
                "1e+",
                "+",
                "-",
                "1_0",
                "0x10",
                "0x1p3",
                "1.5f",
                "1d",
                "0.5.5",
                "1e5.5",
                "infinit",
                "infinityy",
                "in",
                "\u0661",
                "\uFF11",
                "1,5",
                "nan0",
                "NaNa",
                "n a n"
            })
    void refusesWhatIsNotANumber(String text) {
        assertThat(Wariness.parseRolloutWariness(text)).isEmpty();
    }

    @Test
    void readsLongInputInOnePass() {
        // Hostile lengths: a backtracking pattern would take quadratic time on the first one.
        assertThat(Wariness.parseRolloutWariness("1".repeat(100_000) + "x")).isEmpty();
        assertThat(Wariness.parseRolloutWariness("0." + "0".repeat(100_000) + "5"))
                .contains(0.0);
        assertThat(Wariness.parseRolloutWariness("0." + "9".repeat(100_000))).contains(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "-Infinity, 0.0",
        "-1.0, 0.0",
        "-0.0, 0.0",
        "0.0, 0.0",
        "4.9E-324, 4.9E-324",
        "0.25, 0.25",
        "1.0, 1.0",
        "1.0000000000000002, 1.0",
        "Infinity, 1.0",
    })
    void clampsIntoUnitInterval(double stated, double expected) {
        // isEqualTo on doubles compares bits, so a negative zero would not pass for 0.0.
        assertThat(Wariness.clamp(stated)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "nan", "-nan", "+NAN"})
    void readsNaNInAnyCaseAndSign(String text) {
        assertThat(Wariness.parseRolloutWariness(text))
                .hasValueSatisfying(value -> assertThat(value).isNaN());
    }

    @Test
    void clampTurnsNaNIntoZeroAsTheReferenceDoes() {
        assertThat(Wariness.clamp(Double.NaN)).isEqualTo(0.0);
    }

    @Test
    void anyNodeUuidGivesAWarinessInRange() {
        // Seeded: random UUIDs, random strings of any code points, and node-N names like the one of
        // derivedWarinessIsRaisedToTheMinimum.
        Random random = new Random(12L);
        for (int i = 0; i < 20_000; i++) {
            String uuid = switch (i % 3) {
                case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
                case 1 ->
                    random.ints(random.nextInt(40), 0, Character.MAX_CODE_POINT + 1)
                            .filter(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                            .toString();
                default -> "node-" + i;
            };
            double wariness = Wariness.fromNodeUuid(uuid);
            assertThat(wariness).as(uuid).isBetween(Wariness.MIN_DERIVED, 1.0);
            assertThat(Wariness.resolve(Optional.empty(), Optional.of(uuid))).isEqualTo(wariness);
        }
    }

    @Test
    void derivedWarinessIsRaisedToTheMinimum() {
        // This uuid hashes to 0x0000022e97d805a9, i.e. about 1.3e-7 of the range: only an explicit
        // wariness of 0 may go below 0.000001.
        assertThat(Wariness.fromNodeUuid("node-1352217")).isEqualTo(0.000001).isEqualTo(Wariness.MIN_DERIVED);
    }

    @ParameterizedTest(name = "rollout_wariness={0} node_uuid={1}")
    @CsvSource(
            nullValues = "ABSENT",
            value = {
                // A stated number wins over the uuid, clamped.
                "0.3, node-1, 0.3",
                "0, node-1, 0.0",
                "7, node-1, 1.0",
                "-2, node-1, 0.0",
                "inf, node-1, 1.0",
                "-inf, node-1, 0.0",
                // No stated number: the uuid decides.
                "ABSENT, node-1, 0.09988089402475932",
                "'', node-1, 0.09988089402475932",
                "eager, node-1, 0.09988089402475932",
                // "NaN" is a number to the reference's parser and clamps to 0.
                "NaN, node-1, 0.0",
                "-nan, node-1, 0.0",
                // Neither: the empty uuid.
                "ABSENT, ABSENT, 0.18848315746051456",
                "'', '', 0.18848315746051456",
            })
    void resolvesPerRequest(String rolloutWariness, String nodeUuid, double expected) {
        assertThat(Wariness.resolve(Optional.ofNullable(rolloutWariness), Optional.ofNullable(nodeUuid)))
                .isEqualTo(expected);
    }
}
