/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress plan of one rollout, as written in the updates metadata ({@code rollout} of SPEC
 * §1.6) and copied into the graph node's metadata: when it starts, which share of the fleet gets
 * it at once, and how long it takes to reach everyone.
 *
 * <p>Use {@link #throttlingAt(long)} to know how far the rollout has progressed at a given time.
 */
@Value.Immutable
@ModelStyle
public interface RolloutSchedule {
    /** The largest duration the updates metadata can carry: 2^64 - 1 minutes (unsigned 64-bit). */
    BigInteger MAX_DURATION_MINUTES = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * When the rollout starts ({@code start_epoch}).
     *
     * @return seconds since the Unix epoch; 0 when the metadata does not say
     */
    @Value.Default
    default long startEpoch() {
        return 0L;
    }

    /**
     * The share of the fleet offered the release as soon as the rollout starts ({@code
     * start_percentage}, a fraction despite its name).
     *
     * @return normally in [0, 1], but any finite value is kept as written; 0 when the metadata
     *     does not say
     */
    @Value.Default
    default double startValue() {
        return 0.0;
    }

    /**
     * How long the rollout takes to go from {@link #startValue()} to the whole fleet ({@code
     * duration_minutes}).
     *
     * @return minutes in [0, 2^64 - 1]; empty when the rollout does not progress by itself
     */
    Optional<BigInteger> durationMinutes();

    /**
     * How far the rollout has progressed at a given time (SPEC §2.3 step 2).
     *
     * @param nowEpochSeconds the time, in seconds since the Unix epoch
     * @return the throttling in [0, 1] for a start value in [0, 1]; see {@link Throttling#at}
     */
    default double throttlingAt(long nowEpochSeconds) {
        return Throttling.at(nowEpochSeconds, this);
    }

    /**
     * Rejects values that the updates metadata cannot hold.
     *
     * @throws InvalidValueException if the start value is not finite or the duration is outside
     *     the unsigned 64-bit range
     */
    @Value.Check
    default void check() {
        if (!Double.isFinite(startValue())) {
            throw new InvalidValueException("rollout start value", String.valueOf(startValue()), "a finite number");
        }
        durationMinutes().ifPresent(minutes -> {
            if (minutes.signum() < 0 || minutes.compareTo(MAX_DURATION_MINUTES) > 0) {
                throw new InvalidValueException(
                        "rollout duration_minutes",
                        minutes.toString(),
                        "an unsigned 64-bit integer, 0 to " + MAX_DURATION_MINUTES);
            }
        });
    }

    /**
     * Starts building a schedule; every field is optional.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RolloutSchedule}. */
    final class Builder extends ImmutableRolloutSchedule.Builder {
        /** Creates an empty builder, as {@link RolloutSchedule#builder()} does. */
        public Builder() {}
    }
}
