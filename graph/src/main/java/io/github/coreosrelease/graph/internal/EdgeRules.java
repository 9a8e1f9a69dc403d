/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.graph.GraphException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The edge rules of SPEC §2.2.
 *
 * <p>Rules 1 and 2 come down to one: a node {@code t} that is a rollout or a barrier is the target
 * of an edge from every node since the nearest barrier before it (0 if none) up to {@code t-1}. For
 * a rollout that is rule 1 as written; for a barrier that is not a rollout, rule 2's {@code start}
 * is exactly the previous barrier; a barrier that is also a rollout is left to rule 1, which gives it
 * the same sources. So no edge comes twice. Rule 3 then keeps only the sources that are not
 * dead-ends. The edges come out target by target and are sorted at the end, which is simpler than
 * placing each edge at its final position and costs little next to building the nodes.
 */
public final class EdgeRules {
    private EdgeRules() {}

    /**
     * Computes the edges of a graph.
     *
     * @param size the number of nodes
     * @param barrier the positions of barrier nodes
     * @param rollout the positions of rollout nodes
     * @param deadEnd the positions of dead-end nodes
     * @param maxEdges the most edges allowed
     * @param graphName names the graph in the error, e.g. {@code checksum graph of x86_64}
     * @return the edges, sorted by source then target
     * @throws GraphException if there would be more than {@code maxEdges} edges
     */
    public static List<GraphEdge> edges(
            int size, BitSet barrier, BitSet rollout, BitSet deadEnd, int maxEdges, String graphName) {
        // The sources of node t are firstSource[t], ..., t-1: none when t is neither rollout nor barrier.
        int[] firstSource = new int[size];
        int previousBarrier = 0;
        for (int target = 0; target < size; target++) {
            firstSource[target] = barrier.get(target) || rollout.get(target) ? previousBarrier : target;
            if (barrier.get(target)) {
                previousBarrier = target;
            }
        }
        // Counted before any edge exists, so that a hostile document (SPEC §6) fails without
        // filling the memory first.
        int[] liveBefore = new int[size + 1]; // how many of the nodes before a position are not dead-ends
        for (int node = 0; node < size; node++) {
            liveBefore[node + 1] = liveBefore[node] + (deadEnd.get(node) ? 0 : 1);
        }
        long count = 0;
        for (int target = 0; target < size; target++) {
            count += liveBefore[target] - liveBefore[firstSource[target]];
        }
        if (count > maxEdges) {
            throw new GraphException("the " + graphName + " would have more than " + maxEdges
                    + " edges, the most a graph may have (each rollout and barrier gets an edge from"
                    + " every release since the previous barrier)");
        }
        List<GraphEdge> edges = new ArrayList<>((int) count);
        for (int target = 0; target < size; target++) {
            for (int source = firstSource[target]; source < target; source++) {
                if (!deadEnd.get(source)) {
                    edges.add(GraphEdge.of(source, target));
                }
            }
        }
        edges.sort(null); // by source, then target
        return edges;
    }
}
