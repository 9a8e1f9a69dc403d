/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.graph.GraphException;
import java.util.Arrays;
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
 * dead-ends.
 *
 * <p>Seen from a source {@code s}, the same rule reads: {@code s} leads to every rollout or barrier
 * {@code t > s} with no barrier strictly between them, i.e. to the targets in {@code (s, b]} where
 * {@code b} is the first barrier after {@code s} (the last node if there is none). Walking the
 * sources in order and, for each, its targets in order gives the edges already sorted by (source,
 * target): no sort, and an exactly sized list.
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
        // nextTarget[n]: the first rollout or barrier at position >= n (size if none).
        int[] nextTarget = new int[size + 1];
        nextTarget[size] = size;
        for (int node = size - 1; node >= 0; node--) {
            nextTarget[node] = barrier.get(node) || rollout.get(node) ? node : nextTarget[node + 1];
        }
        GraphEdge[] edges = new GraphEdge[(int) count];
        int written = 0;
        int lastTarget = -1; // the first barrier after the current source, or the last node
        for (int source = 0; source < size; source++) {
            if (lastTarget <= source) {
                int next = barrier.nextSetBit(source + 1);
                lastTarget = next < 0 ? size - 1 : next;
            }
            if (deadEnd.get(source)) {
                continue;
            }
            for (int target = nextTarget[source + 1]; target <= lastTarget; target = nextTarget[target + 1]) {
                edges[written++] = GraphEdge.of(source, target);
            }
        }
        return Arrays.asList(edges);
    }
}
