/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Throttling over time. Expected values inside the normal range were computed with the reference
 * service's formula in Rust; the saturating cases with the same formula over 128-bit integers.
 */
class ThrottlingTest {
    @ParameterizedTest(name = "start={0} v0={1} minutes={2} now={3}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                // A 10-minute rollout from 25 %: end = 1000 + 600 = 1600.
                "1000, 0.25, 10, 999, 0.0", // before start
                "1000, 0.25, 10, 1000, 0.25", // at start
                "1000, 0.25, 10, 1300, 0.625", // midway
                "1000, 0.25, 10, 1599, 0.99875",
                "1000, 0.25, 10, 1600, 1.0", // at end
                "1000, 0.25, 10, 1601, 1.0", // after end
                // No duration: stuck at the start value once started.
                "1000, 0.25, NONE, 999, 0.0",
                "1000, 0.25, NONE, 1000, 0.25",
                "1000, 0.25, NONE, 1000000000000, 0.25",
                // Duration 0 is raised to 1 minute.
                "1000, 0.0, 0, 1030, 0.5",
                "1000, 0.0, 0, 1060, 1.0",
                "1000, 0.0, 0, 1061, 1.0",
                // The reference's order: (1 - v0) / span * elapsed, not (1 - v0) * (elapsed / span),
                // which would give 0.38333333333333336.
                "1000, 0.0, 1, 1023, 0.3833333333333333",
                "1000, 0.1, 1, 1007, 0.20500000000000002",
                // Two days, one day in and one second in.
                "1650000000, 0.0, 2880, 1650086400, 0.5",
                "1650000000, 0.0, 2880, 1650000001, 5.787037037037037E-6",
                // The largest duration saturates the end at Long.MAX_VALUE (the reference wraps it
                // to -1 and reports 1.0, a complete rollout): the rollout barely moves.
                "0, 0.0, 18446744073709551615, 1700000000, 1.8431436932253575E-10",
                "1700000000, 0.0, 18446744073709551615, 1700000000, 0.0",
                "1700000000, 0.0, 18446744073709551615, 9223372036854775807, 1.0",
                // A span of 2^64 - 1 seconds from the earliest epoch: halfway at 0, no overflow.
                "-9223372036854775808, 0.0, 18446744073709551615, 0, 0.5",
                // A negative start epoch: end = -3600 + 7200 = 3600.
                "-3600, 0.5, 120, -3601, 0.0",
                "-3600, 0.5, 120, 0, 0.75",
                // Starting at 100 %: everyone from the start.
                "1000, 1.0, 10, 999, 0.0",
                "1000, 1.0, 10, 1000, 1.0",
                "1000, 1.0, 10, 1300, 1.0",
                "1000, 1.0, NONE, 2000, 1.0",
                // Starting at the end of time: the end cannot come later, no progress yet.
                "9223372036854775807, 0.3, 5, 9223372036854775806, 0.0",
                "9223372036854775807, 0.3, 5, 9223372036854775807, 0.3",
                "-9223372036854775808, 0.0, NONE, -9223372036854775808, 0.0",
            })
    void throttlingAt(long start, double startValue, String minutes, long now, double expected) {
        RolloutSchedule schedule = RolloutSchedule.builder()
                .startEpoch(start)
                .startValue(startValue)
                .durationMinutes(Optional.ofNullable(minutes).map(BigInteger::new))
                .build();

        assertThat(Throttling.at(now, schedule)).isEqualTo(expected);
        assertThat(schedule.throttlingAt(now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "now={0}")
    @CsvSource({"-1, 0.0", "0, 0.0", "1000000000, 0.0"})
    void defaultScheduleStartsAtTheEpochWithNothingOffered(long now, double expected) {
        assertThat(RolloutSchedule.builder().build().throttlingAt(now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "wariness={0} throttling={1}")
    @CsvSource({
        "0.5, 0.25, true",
        "0.25, 0.25, false",
        "0.25, 0.5, false",
        "0.0, 0.0, false",
        "0.000001, 0.0, true",
        "1.0, 1.0, false",
        "1.0, 0.99875, true",
    })
    void hiddenOnlyWhileWarinessIsAboveThrottling(double wariness, double throttling, boolean hidden) {
        assertThat(Throttling.isHidden(wariness, throttling)).isEqualTo(hidden);
    }
}
