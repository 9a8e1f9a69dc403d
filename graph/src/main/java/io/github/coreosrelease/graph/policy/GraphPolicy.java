/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The serving policy (SPEC §2.3 steps 3 and 4): what one client at one instant may see of a
 * scope's graph. The graph given is never modified; a new graph with a subset of its edges, in
 * their original order, is returned. Nodes are never removed, so node positions stay valid.
 *
 * <ol>
 *   <li>Every edge whose target is a rollout node that the client may not see yet is removed: the
 *       client's wariness is above the rollout's throttling at {@code now} (see {@link
 *       Throttling}; the schedule comes from the node metadata, read by {@link
 *       RolloutSchedules#fromNode}).
 *   <li>Every edge whose source is a dead-end node is removed.
 * </ol>
 *
 * <pre>{@code
 * double wariness = Wariness.resolve(rolloutWarinessParam, nodeUuidParam);
 * CincinnatiGraph served = GraphPolicy.apply(graph, wariness, clock);
 * // or, from the request parameters, as the graph service serves it:
 * CincinnatiGraph same = GraphPolicy.apply(graph, rolloutWarinessParam, nodeUuidParam, clock);
 * }</pre>
 *
 * <p><b>Caching.</b> A server can split the work in two: {@link #hiddenTargets} (cheap, per
 * request) and {@link #apply(CincinnatiGraph, HiddenRollouts)} (per distinct result). At one
 * instant, a rollout with throttling {@code t} is hidden exactly from clients with wariness above
 * {@code t}, so the hidden set only depends on how many of the graph's distinct throttling values
 * lie below the client's wariness. Hence if {@code k} rollouts are not complete (throttling below
 * 1, including those that have not started), all clients together produce at most {@code k + 1}
 * distinct hidden sets, and so at most {@code k + 1} distinct served graphs, whatever the number
 * of clients. Complete rollouts (throttling 1 or more) are never hidden, since wariness is at
 * most 1.
 */
public final class GraphPolicy {
    private GraphPolicy() {}

    /**
     * Applies the whole serving policy for one client at one instant.
     *
     * @param graph a scope's graph, as built
     * @param wariness the client's wariness in [0, 1], see {@link Wariness#resolve}
     * @param nowEpochSeconds the time of the request, in seconds since the Unix epoch
     * @return a new graph with the same nodes and the edges this client may follow
     * @throws IllegalArgumentException if the wariness is NaN or outside [0, 1]
     */
    public static CincinnatiGraph apply(CincinnatiGraph graph, double wariness, long nowEpochSeconds) {
        return apply(graph, hiddenTargets(graph, wariness, nowEpochSeconds));
    }

    /**
     * Applies the whole serving policy for one client at one instant.
     *
     * @param graph a scope's graph, as built
     * @param wariness the client's wariness in [0, 1], see {@link Wariness#resolve}
     * @param now the time of the request; like the service, the policy counts whole seconds
     * @return a new graph with the same nodes and the edges this client may follow
     * @throws IllegalArgumentException if the wariness is NaN or outside [0, 1]
     */
    public static CincinnatiGraph apply(CincinnatiGraph graph, double wariness, Instant now) {
        return apply(graph, wariness, now.getEpochSecond());
    }

    /**
     * Applies the whole serving policy for one client now, as the clock tells it.
     *
     * @param graph a scope's graph, as built
     * @param wariness the client's wariness in [0, 1], see {@link Wariness#resolve}
     * @param clock the clock the time of the request is read from
     * @return a new graph with the same nodes and the edges this client may follow
     * @throws IllegalArgumentException if the wariness is NaN or outside [0, 1]
     */
    public static CincinnatiGraph apply(CincinnatiGraph graph, double wariness, Clock clock) {
        return apply(graph, wariness, clock.instant());
    }

    /**
     * Serves a graph to one client exactly as the graph service does for a request with these
     * parameters: the wariness is {@link Wariness#resolve resolved} from the raw {@code
     * rollout_wariness} and {@code node_uuid}, the time read from the clock.
     *
     * <pre>{@code
     * CincinnatiGraph served = GraphPolicy.apply(graph, Optional.empty(), Optional.of(nodeUuid), clock);
     * }</pre>
     *
     * @param graph a scope's graph, as built
     * @param rolloutWariness the raw {@code rollout_wariness} request parameter, if any
     * @param nodeUuid the raw {@code node_uuid} request parameter, if any
     * @param clock the clock the time of the request is read from
     * @return a new graph with the same nodes and the edges this client may follow
     */
    public static CincinnatiGraph apply(
            CincinnatiGraph graph, Optional<String> rolloutWariness, Optional<String> nodeUuid, Clock clock) {
        return apply(graph, Wariness.resolve(rolloutWariness, nodeUuid), clock);
    }

    /**
     * The rollout nodes hidden from one client at one instant (SPEC §2.3 step 3).
     *
     * @param graph a scope's graph
     * @param wariness the client's wariness in [0, 1]
     * @param nowEpochSeconds the time of the request, in seconds since the Unix epoch
     * @return the positions of the rollout nodes whose throttling is below the wariness
     * @throws IllegalArgumentException if the wariness is NaN or outside [0, 1]
     */
    public static HiddenRollouts hiddenTargets(CincinnatiGraph graph, double wariness, long nowEpochSeconds) {
        Objects.requireNonNull(graph, "graph");
        if (!(wariness >= 0.0 && wariness <= Wariness.MAX)) {
            throw new IllegalArgumentException("wariness must be a number in [0, 1], got " + wariness);
        }
        List<Integer> hidden = new ArrayList<>();
        List<GraphNode> nodes = graph.nodes();
        for (int position = 0; position < nodes.size(); position++) {
            Optional<RolloutSchedule> schedule = RolloutSchedules.fromNode(nodes.get(position));
            if (schedule.isPresent()
                    && Throttling.isHidden(wariness, schedule.get().throttlingAt(nowEpochSeconds))) {
                hidden.add(position);
            }
        }
        return HiddenRollouts.of(hidden);
    }

    /**
     * Applies a hidden set computed by {@link #hiddenTargets} for the same graph, then removes the
     * edges out of dead-ends (SPEC §2.3 steps 3 and 4).
     *
     * @param graph the graph the hidden set was computed for
     * @param hidden the rollout nodes to hide
     * @return a new graph with the same nodes and the remaining edges, in their original order
     * @throws IllegalArgumentException if a hidden position is outside the graph's node list
     */
    public static CincinnatiGraph apply(CincinnatiGraph graph, HiddenRollouts hidden) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(hidden, "hidden");
        List<GraphNode> nodes = graph.nodes();
        List<Integer> positions = hidden.positions();
        if (!positions.isEmpty() && positions.get(positions.size() - 1) >= nodes.size()) {
            throw new IllegalArgumentException("hidden rollout position " + positions.get(positions.size() - 1)
                    + " is outside the " + nodes.size() + " nodes of the graph");
        }
        BitSet hiddenTargets = new BitSet(nodes.size());
        positions.forEach(hiddenTargets::set);
        BitSet deadEnds = new BitSet(nodes.size());
        for (int position = 0; position < nodes.size(); position++) {
            if (NodeMetadata.isDeadEnd(nodes.get(position))) {
                deadEnds.set(position);
            }
        }
        List<GraphEdge> kept = new ArrayList<>(graph.edges().size());
        for (GraphEdge edge : graph.edges()) {
            if (!hiddenTargets.get(edge.target()) && !deadEnds.get(edge.source())) {
                kept.add(edge);
            }
        }
        return CincinnatiGraph.builder().from(graph).edges(kept).build();
    }
}
