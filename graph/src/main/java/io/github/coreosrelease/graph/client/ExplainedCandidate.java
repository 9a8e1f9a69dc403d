/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** One release the booted node's edges lead to, and why it is or is not offered now. */
@Value.Immutable
@ModelStyle
public interface ExplainedCandidate {
    /**
     * The release.
     *
     * @return version, payload and age index of the target node
     */
    NodeRelease release();

    /**
     * Its state for this node at this instant.
     *
     * @return the state
     */
    CandidateState state();

    /**
     * For a {@link CandidateState#THROTTLED} rollout: the first whole second at which the policy
     * offers it to this node's wariness ({@link io.github.coreosrelease.graph.policy.Throttling#offeredFrom}).
     *
     * @return epoch seconds; empty for the other states, and when the rollout never reaches the
     *     wariness
     */
    OptionalLong offeredAt();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExplainedCandidate} values. */
    final class Builder extends ImmutableExplainedCandidate.Builder {
        /** Creates an empty builder, as {@link ExplainedCandidate#builder()} does. */
        public Builder() {}
    }
}
