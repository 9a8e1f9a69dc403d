/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.graph.policy.internal.UnsignedLongs;
import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalLong;

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

    /**
     * The first whole second, at or after {@code fromEpochSeconds}, at which a client of the given
     * wariness is offered the rollout: the least {@code t} with {@code !isHidden(wariness, at(t,
     * schedule))}.
     *
     * <p>The answer is found with the policy's own arithmetic ({@link #at}), by a binary search
     * over seconds: from the start on, the throttling never decreases (floating-point rounding is
     * monotonic), and before the start it is 0, which hides the rollout from every wariness above
     * 0. So once offered, a client stays offered.
     *
     * @param wariness the client's wariness, in [0, 1]
     * @param fromEpochSeconds the first second to consider, e.g. the time of the request
     * @param schedule the rollout
     * @return the second, {@code fromEpochSeconds} itself when offered already; empty when never,
     *     as for a rollout without duration whose start value stays below the wariness
     * @throws IllegalArgumentException if the wariness is NaN or outside [0, 1]
     */
    public static OptionalLong offeredFrom(double wariness, long fromEpochSeconds, RolloutSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        if (!(wariness >= 0.0 && wariness <= Wariness.MAX)) {
            throw new IllegalArgumentException("wariness must be a number in [0, 1], got " + wariness);
        }
        if (!isHidden(wariness, at(fromEpochSeconds, schedule))) {
            return OptionalLong.of(fromEpochSeconds);
        }
        // Hidden now, with a wariness above 0: hidden until the start at least.
        long low = Math.max(fromEpochSeconds, schedule.startEpoch());
        long high;
        if (schedule.durationMinutes().isEmpty()) {
            high = low;
        } else {
            long end =
                    endEpoch(schedule.startEpoch(), schedule.durationMinutes().get());
            high = end == Long.MAX_VALUE ? end : end + 1;
        }
        if (isHidden(wariness, at(high, schedule))) {
            return OptionalLong.empty();
        }
        // Invariant: offered at high; hidden at every second before low.
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (isHidden(wariness, at(middle, schedule))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return OptionalLong.of(high);
    }

    private static long endEpoch(long start, BigInteger durationMinutes) {
        BigInteger minutes = durationMinutes.max(BigInteger.ONE);
        BigInteger end = BigInteger.valueOf(start).add(minutes.multiply(SECONDS_PER_MINUTE));
        return end.min(LONG_MAX).longValueExact();
    }
}
