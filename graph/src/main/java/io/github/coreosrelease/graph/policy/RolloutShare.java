/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/** The share of the fleet that one rollout is offered to at one instant (a row of a {@link RolloutPlan}). */
@Value.Immutable
@ModelStyle
public interface RolloutShare {
    /**
     * The instant.
     *
     * @return seconds since the epoch
     */
    long epochSeconds();

    /**
     * The rollout's release.
     *
     * @return the version
     */
    String version();

    /**
     * The share of the fleet offered the release: the rollout's throttling ({@link Throttling#at}),
     * clamped to [0, 1], as wariness is spread over [0, 1].
     *
     * @return a number in [0, 1]
     */
    double share();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RolloutShare} values. */
    final class Builder extends ImmutableRolloutShare.Builder {
        /** Creates an empty builder, as {@link RolloutShare#builder()} does. */
        public Builder() {}
    }
}
