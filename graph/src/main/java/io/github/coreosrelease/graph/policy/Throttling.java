/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.graph.policy.internal.UnsignedLongs;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The progress of a rollout over time, and whether a client sees it (SPEC §2.3 steps 2 and 3).
 *
 * <p>A rollout's throttling is the wariness up to which clients are offered the release: it
 * stays 0 before the start, jumps to the start value at the start, grows linearly to 1 over the
 * duration, and stays 1 afterwards. Without a duration it stays at the start value.
 */
public final class Throttling {
    private static final BigInteger SECONDS_PER_MINUTE = BigInteger.valueOf(60);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Throttling() {}

    /**
     * Computes a rollout's throttling at a given time (SPEC §2.3 step 2).
     *
     * <ul>
     *   <li>Before {@code startEpoch}: 0.
     *   <li>Without a duration: the start value from {@code startEpoch} on.
     *   <li>With a duration (raised to at least 1 minute): {@code end = startEpoch +
     *       minutes * 60}, saturating at {@link Long#MAX_VALUE} rather than wrapping (the
     *       reference wraps for absurd durations; saturating keeps such a rollout as slow as
     *       written). After {@code end}: 1. From start to end inclusive: {@code v0 + rate * (now -
     *       start)} with {@code rate = (1 - v0) / (end - start)}, evaluated in {@code double} in
     *       this order, as the reference does, so that both agree to the last bit.
     * </ul>
     *
     * <p>The time differences are exact unsigned 64-bit integers rounded once to {@code double},
     * so no start epoch, however negative, makes them overflow. In the one degenerate case where
     * the end cannot lie after the start (start and now both {@link Long#MAX_VALUE}), the rollout
     * has made no progress yet and the start value is returned.
     *
     * @param nowEpochSeconds the time, in seconds since the Unix epoch; injected, never read here
     * @param schedule the rollout
     * @return the throttling, in [0, 1] when the start value is in [0, 1]
     */
    public static double at(long nowEpochSeconds, RolloutSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        long start = schedule.startEpoch();
        double startValue = schedule.startValue();
        if (nowEpochSeconds < start) {
            return 0.0;
        }
        if (schedule.durationMinutes().isEmpty()) {
            return startValue;
        }
        long end = endEpoch(start, schedule.durationMinutes().get());
        if (nowEpochSeconds > end) {
            return 1.0;
        }
        if (end == start) {
            return startValue;
        }
        // start <= now <= end, so both differences lie in [0, 2^64 - 1]: their bits, read as
        // unsigned, are exact even where a signed subtraction would overflow.
        double rate = (1.0 - startValue) / UnsignedLongs.toDouble(end - start);
        return startValue + rate * UnsignedLongs.toDouble(nowEpochSeconds - start);
    }

    /**
     * Tells whether a rollout is hidden from a client: it is while the client's wariness is above
     * the rollout's throttling (SPEC §2.3 step 3). A client whose wariness equals the throttling
     * is offered the release.
     *
     * @param wariness the client's wariness, see {@link Wariness}
     * @param throttling the rollout's throttling, see {@link #at(long, RolloutSchedule)}
     * @return {@code true} if edges towards the rollout node must be removed for this client
     */
    public static boolean isHidden(double wariness, double throttling) {
        return wariness > throttling;
    }

    private static long endEpoch(long start, BigInteger durationMinutes) {
        BigInteger minutes = durationMinutes.max(BigInteger.ONE);
        BigInteger end = BigInteger.valueOf(start).add(minutes.multiply(SECONDS_PER_MINUTE));
        return end.min(LONG_MAX).longValueExact();
    }
}
