/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What the updates document makes of a release in a graph: barrier, dead-end, rollout (SPEC §1.6). */
@Value.Immutable
@ModelStyle
public interface NodeState {
    /**
     * The barrier, by its reason.
     *
     * @return the reason (empty text when the node gives none), or empty when not a barrier
     */
    Optional<String> barrier();

    /**
     * The dead-end, by its reason.
     *
     * @return the reason (empty text when the node gives none), or empty when not a dead-end
     */
    Optional<String> deadEnd();

    /**
     * The rollout.
     *
     * @return its parameters, or empty when not a rollout
     */
    Optional<RolloutState> rollout();

    /**
     * Whether the release is neither a barrier, nor a dead-end, nor a rollout.
     *
     * @return {@code true} for an ordinary release
     */
    default boolean isPlain() {
        return barrier().isEmpty() && deadEnd().isEmpty() && rollout().isEmpty();
    }

    /**
     * The state in words.
     *
     * @return e.g. {@code barrier "https://..."; rollout start_percentage=1}, or {@code plain}
     */
    default String describe() {
        List<String> parts = new ArrayList<>();
        barrier().ifPresent(reason -> parts.add("barrier " + quoted(reason)));
        deadEnd().ifPresent(reason -> parts.add("dead-end " + quoted(reason)));
        rollout().ifPresent(rollout -> parts.add("rollout " + rollout.describe()));
        return parts.isEmpty() ? "plain" : String.join("; ", parts);
    }

    /**
     * A reason as a quoted string of one line, with quotes, backslashes and control characters
     * escaped.
     *
     * @param reason a barrier or dead-end reason
     * @return e.g. {@code "https://example.org/issues/1"}
     */
    static String quoted(String reason) {
        return "\"" + Shortened.printable(reason.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    /**
     * The state of a node, from its metadata.
     *
     * @param node a graph node
     * @return its state
     */
    static NodeState of(GraphNode node) {
        Builder state = builder().rollout(RolloutState.of(node));
        if (NodeMetadata.isBarrier(node)) {
            state.barrier(NodeMetadata.barrierReason(node).orElse(""));
        }
        if (NodeMetadata.isDeadEnd(node)) {
            state.deadEnd(NodeMetadata.deadEndReason(node).orElse(""));
        }
        return state.build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link NodeState} values. */
    final class Builder extends ImmutableNodeState.Builder {
        /** Creates an empty builder, as {@link NodeState#builder()} does. */
        public Builder() {}
    }
}
