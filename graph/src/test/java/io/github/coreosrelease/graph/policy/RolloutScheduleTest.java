/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolloutScheduleTest {
    @Test
    void defaultsMatchTheReference() {
        RolloutSchedule schedule = RolloutSchedule.builder().build();

        assertThat(schedule.startEpoch()).isZero();
        assertThat(schedule.startValue()).isEqualTo(0.0);
        assertThat(schedule.durationMinutes()).isEmpty();
    }

    @Test
    void acceptsTheWholeUnsignedRange() {
        RolloutSchedule schedule = RolloutSchedule.builder()
                .durationMinutes(new BigInteger("18446744073709551615"))
                .build();

        assertThat(schedule.durationMinutes()).contains(RolloutSchedule.MAX_DURATION_MINUTES);
        assertThat(RolloutSchedule.builder()
                        .durationMinutes(BigInteger.ZERO)
                        .build()
                        .durationMinutes())
                .contains(BigInteger.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "18446744073709551616"})
    void refusesDurationsOutsideUnsigned64Bits(String minutes) {
        assertThatThrownBy(() -> RolloutSchedule.builder()
                        .durationMinutes(new BigInteger(minutes))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid rollout duration_minutes \"" + minutes
                        + "\": expected an unsigned 64-bit integer, 0 to 18446744073709551615");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNonFiniteStartValues(double startValue) {
        assertThatThrownBy(
                        () -> RolloutSchedule.builder().startValue(startValue).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid rollout start value \"" + startValue + "\": expected a finite number");
    }

    @Test
    void keepsStartValuesOutsideTheUnitIntervalAsWritten() {
        // Range checks belong to lint (SPEC §5); the builder is liberal like the reference.
        assertThat(RolloutSchedule.builder().startValue(1.5).build().startValue())
                .isEqualTo(1.5);
    }
}
