/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the {@link RolloutSchedule} of a graph node from its metadata (SPEC §2.3 step 2), the way
 * the serving policy needs it.
 *
 * <p>Tolerant, like the reference policy engine, because the graph may come from anywhere: a value
 * that is missing <em>or does not parse</em> falls back to its default instead of failing the
 * request:
 *
 * <ul>
 *   <li>{@code updates.start_epoch}: a signed 64-bit integer, else 0;
 *   <li>{@code updates.start_value}: a finite float, else 0.0;
 *   <li>{@code updates.duration_minutes}: an unsigned 64-bit integer, else no duration (the
 *       rollout stays at its start value).
 * </ul>
 *
 * <p><b>Known divergence:</b> the reference reads a start value of {@code NaN} or {@code inf} as
 * such; a NaN throttling then offers the rollout to every client. Here such a value falls back to
 * 0.0, which keeps the rollout as cautious as an empty start value. The graph builder never writes
 * those values; only a hand-made graph can carry them.
 */
public final class RolloutSchedules {
    private RolloutSchedules() {}

    /**
     * The rollout schedule of a node.
     *
     * @param node a graph node
     * @return the schedule when the node is a rollout ({@link NodeMetadata#ROLLOUT} present), else
     *     empty
     */
    public static Optional<RolloutSchedule> fromNode(GraphNode node) {
        Objects.requireNonNull(node, "node");
        if (!NodeMetadata.isRollout(node)) {
            return Optional.empty();
        }
        OptionalDouble startValue = NodeMetadata.startValue(node);
        Optional<BigInteger> minutes = NodeMetadata.durationMinutes(node);
        return Optional.of(RolloutSchedule.builder()
                .startEpoch(NodeMetadata.startEpoch(node).orElse(0L))
                .startValue(
                        startValue.isPresent() && Double.isFinite(startValue.getAsDouble())
                                ? startValue.getAsDouble()
                                : 0.0)
                .durationMinutes(minutes)
                .build());
    }
}
