/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    @ParameterizedTest(name = "{0} failures")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "9, 256", "10, 300", "11, 300", "2147483647, 300"})
    void doublesFromTheInitialDelayUpToTheMaximum(int failures, long seconds) {
        assertThat(Backoff.delay(failures, Duration.ofSeconds(1), Duration.ofMinutes(5)))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0} failures")
    @CsvSource({"0", "-1"})
    void needsAFailure(int failures) {
        assertThatThrownBy(() -> Backoff.delay(failures, Duration.ofSeconds(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff needs at least one failure, got " + failures);
    }
}
