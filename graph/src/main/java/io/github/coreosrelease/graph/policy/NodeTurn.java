/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** When one node's turn comes in one rollout (a fleet row of a {@link RolloutPlan}). */
@Value.Immutable
@ModelStyle
public interface NodeTurn {
    /**
     * The node.
     *
     * @return its {@code node_uuid}
     */
    String nodeUuid();

    /**
     * The wariness the server derives from the UUID ({@link Wariness#fromNodeUuid}).
     *
     * @return a number in [0.000001, 1]
     */
    double wariness();

    /**
     * The rollout's release.
     *
     * @return the version
     */
    String version();

    /**
     * The first second, from the start of the plan on, at which the node is offered the release
     * ({@link Throttling#offeredFrom}).
     *
     * @return epoch seconds, or empty when the rollout never reaches the node's wariness
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

    /** Builds {@link NodeTurn} values. */
    final class Builder extends ImmutableNodeTurn.Builder {
        /** Creates an empty builder, as {@link NodeTurn#builder()} does. */
        public Builder() {}
    }
}
