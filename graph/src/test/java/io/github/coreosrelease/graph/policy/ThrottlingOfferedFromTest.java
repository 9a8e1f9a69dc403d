/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first second at which a rollout is offered to a wariness ({@link Throttling#offeredFrom}). */
class ThrottlingOfferedFromTest {
    private static RolloutSchedule schedule(long start, double startValue, Long minutes) {
        RolloutSchedule.Builder schedule =
                RolloutSchedule.builder().startEpoch(start).startValue(startValue);
        if (minutes != null) {
            schedule.durationMinutes(BigInteger.valueOf(minutes));
        }
        return schedule.build();
    }

    @ParameterizedTest(name = "start={0} v0={1} minutes={2} wariness={3} from={4}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                // A 10-minute rollout from 25 %: throttling 0.625 at 1300, 1.0 at 1600.
                "1000, 0.25, 10, 0.625, 0, 1300",
                "1000, 0.25, 10, 0.6251, 0, 1301",
                "1000, 0.25, 10, 0.25, 0, 1000", // the start value: at the start
                "1000, 0.25, 10, 0.1, 0, 1000",
                "1000, 0.25, 10, 1.0, 0, 1600",
                "1000, 0.25, 10, 0.625, 1400, 1400", // offered already at the given second
                "1000, 0.25, 10, 0.9, 2000, 2000", // complete
                // Wariness 0 sees every rollout, even before its start.
                "1000, 0.25, 10, 0.0, 0, 0",
                // Without duration: at the start if the start value reaches the wariness, else never.
                "1000, 0.5, NONE, 0.5, 0, 1000",
                "1000, 0.5, NONE, 0.5, 5000, 5000",
                "1000, 0.5, NONE, 0.7, 0, NONE",
            })
    void firstSecondOffered(long start, double startValue, Long minutes, double wariness, long from, Long expected) {
        OptionalLong offered = Throttling.offeredFrom(wariness, from, schedule(start, startValue, minutes));

        assertThat(offered).isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
    }

    /** The largest duration saturates the end at Long.MAX_VALUE: the search still ends, at the turn. */
    @Test
    void theLargestDurationStillHasAFirstSecond() {
        RolloutSchedule slowest = RolloutSchedule.builder()
                .startEpoch(0)
                .durationMinutes(RolloutSchedule.MAX_DURATION_MINUTES)
                .build();

        long turn = Throttling.offeredFrom(0.5, 0, slowest).orElseThrow();

        assertThat(Throttling.isHidden(0.5, slowest.throttlingAt(turn - 1))).isTrue();
        assertThat(Throttling.isHidden(0.5, slowest.throttlingAt(turn))).isFalse();
        assertThat(turn).isEqualTo(4611686018427387648L);
    }

    /** The binary search agrees with a scan over every second, for many schedules and warinesses. */
    @Test
    void agreesWithAScanOverEverySecond() {
        double[] starts = {0.0, 0.1, 0.25, 0.3, 1.0 / 3, 0.999, 1.0};
        double[] warinesses = {0.000001, 0.1, 0.3, 0.30000000000000004, 0.5, 0.77, 0.999999, 1.0};
        for (double startValue : starts) {
            for (long minutes : new long[] {0, 1, 3, 7}) {
                RolloutSchedule rollout = schedule(100, startValue, minutes);
                for (double wariness : warinesses) {
                    for (long from : new long[] {0, 99, 100, 150, 700}) {
                        assertThat(Throttling.offeredFrom(wariness, from, rollout))
                                .as("v0=%s minutes=%d w=%s from=%d", startValue, minutes, wariness, from)
                                .isEqualTo(scan(wariness, from, rollout));
                    }
                }
            }
        }
    }

    private static OptionalLong scan(double wariness, long from, RolloutSchedule rollout) {
        for (long t = from; t <= 1000; t++) {
            if (!Throttling.isHidden(wariness, rollout.throttlingAt(t))) {
                return OptionalLong.of(t);
            }
        }
        return OptionalLong.empty();
    }

    @Test
    void refusesAWarinessOutsideItsRange() {
        assertThatThrownBy(() -> Throttling.offeredFrom(1.5, 0, schedule(0, 0, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wariness must be a number in [0, 1], got 1.5");
    }
}
