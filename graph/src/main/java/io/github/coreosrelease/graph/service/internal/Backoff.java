/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import java.time.Duration;

/** The delay before retrying a stream that keeps failing: doubling from an initial delay, capped. */
public final class Backoff {
    private Backoff() {}

    /**
     * The delay after some consecutive failures: {@code initial * 2^(failures - 1)}, at most
     * {@code max}.
     *
     * @param consecutiveFailures failures in a row, at least 1
     * @param initial the delay after the first failure
     * @param max the longest delay
     * @return the delay
     */
    public static Duration delay(int consecutiveFailures, Duration initial, Duration max) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("backoff needs at least one failure, got " + consecutiveFailures);
        }
        Duration delay = initial;
        for (int i = 1; i < consecutiveFailures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
