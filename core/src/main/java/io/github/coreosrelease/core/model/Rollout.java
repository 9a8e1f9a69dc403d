/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rollout of an {@link UpdateMetadata} (SPEC §1.6, §2.3). Numbers are kept exactly as written so
 * that a document reads and writes back unchanged.
 */
@Value.Immutable
@ModelStyle
public interface Rollout {
    /**
     * The {@code start_epoch}: when the rollout starts, in seconds since the epoch.
     *
     * @return the start, if given
     */
    Optional<Long> startEpoch();

    /**
     * The {@code start_percentage}: the share of the fleet offered the release at the start, 0..1
     * in valid documents, exactly as written (an integer {@code 1} has scale 0, {@code -0.0} keeps
     * its sign).
     *
     * @return the starting share, if given
     */
    Optional<JsonDecimal> startPercentage();

    /**
     * The {@code duration_minutes}: how long the rollout takes to reach the whole fleet, an
     * unsigned 64-bit integer.
     *
     * @return the duration, if given
     */
    Optional<BigInteger> durationMinutes();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Rollout} values. */
    final class Builder extends ImmutableRollout.Builder {
        /** Creates an empty builder, as {@link Rollout#builder()} does. */
        public Builder() {}
    }
}
