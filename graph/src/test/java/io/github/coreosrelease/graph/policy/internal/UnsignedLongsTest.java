/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unsigned 64-bit to double, checked against values printed by Rust's {@code u64 as f64}. */
class UnsignedLongsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, 0.0",
        "1, 1.0",
        "9007199254740992, 9007199254740992.0",
        // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to the even 2^53.
        "9007199254740993, 9007199254740992.0",
        // 2^53 + 3 is halfway between 2^53 + 2 and 2^53 + 4: ties to the even 2^53 + 4.
        "9007199254740995, 9007199254740996.0",
        "9223372036854775807, 9223372036854775808.0",
        "9223372036854775808, 9223372036854775808.0",
        // 2^63 + 1024 is halfway between 2^63 and 2^63 + 2048: ties to even, down.
        "9223372036854776832, 9223372036854775808.0",
        // One more and the sticky bit makes it round up.
        "9223372036854776833, 9223372036854777856.0",
        // 2^63 + 3072 is halfway between 2^63 + 2048 and 2^63 + 4096: ties to even, up.
        "9223372036854778880, 9223372036854779904.0",
        "18446744073709549568, 18446744073709549568.0",
        "18446744073709550591, 18446744073709549568.0",
        "18446744073709550592, 18446744073709551616.0",
        "18446744073709551615, 18446744073709551616.0",
    })
    void roundsToNearestEven(String unsigned, double expected) {
        assertThat(UnsignedLongs.toDouble(Long.parseUnsignedLong(unsigned))).isEqualTo(expected);
    }

    @Test
    void agreesWithExactRoundingOnRandomValues() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // Shift some values down so that every magnitude is covered, not only the top bit set.
            long value = random.nextLong() >>> random.nextInt(64);
            double exact = new BigDecimal(new BigInteger(Long.toUnsignedString(value))).doubleValue();
            assertThat(UnsignedLongs.toDouble(value))
                    .as("u64 %s", Long.toUnsignedString(value))
                    .isEqualTo(exact);
        }
    }
}
