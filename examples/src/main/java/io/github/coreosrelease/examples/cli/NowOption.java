/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The clock behind {@code --now EPOCH}: fixed at that second, or the system clock when absent. */
final class NowOption {
    private NowOption() {}

    static Clock clock(Long epochSeconds) {
        return epochSeconds == null
                ? Clock.systemUTC()
                : Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }
}
