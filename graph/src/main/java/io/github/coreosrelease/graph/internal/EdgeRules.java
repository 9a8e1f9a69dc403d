package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.graph.GraphException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The edge rules of SPEC §2.2, computed in time linear in nodes plus edges, edges already sorted.
 *
 * <p>Both rules of the specification come down to one: a node {@code t} that is a rollout or a
 * barrier is the target of an edge from every node {@code lo(t), ..., t-1}, where {@code lo(t)} is
 * the nearest barrier before {@code t} (0 if none). For a rollout this is rule 1 as written; for a
 * barrier that is not a rollout, rule 2's {@code start} is exactly the previous barrier; a barrier
 * that is also a rollout gets its edges from rule 1 only, with the same range. No target is handled
 * twice, so no edge is duplicated. Rule 3 drops the edges that leave a dead-end.
 *
 * <p>Sources are counted first (a difference array over the ranges), which gives each source its
 * slice of the result; visiting the targets in ascending order then fills every slice in ascending
 * target order, so the edges come out sorted by (source, target) without a sort.
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
        // rangeDelta[s] = how many more target ranges start at s than end just before s.
        int[] rangeDelta = new int[size + 1];
        int previousBarrier = 0;
        for (int target = 0; target < size; target++) {
            if (barrier.get(target) || rollout.get(target)) {
                rangeDelta[previousBarrier]++;
                rangeDelta[target]--;
            }
            if (barrier.get(target)) {
                previousBarrier = target;
            }
        }
        int[] nextSlot = new int[size];
        long total = 0;
        int openRanges = 0;
        for (int source = 0; source < size; source++) {
            openRanges += rangeDelta[source];
            nextSlot[source] = (int) total;
            if (!deadEnd.get(source)) {
                total += openRanges;
                if (total > maxEdges) {
                    throw new GraphException("the " + graphName + " would have more than " + maxEdges
                            + " edges, the most a graph may have (each rollout and barrier gets an edge from"
                            + " every release since the previous barrier)");
                }
            }
        }
        GraphEdge[] edges = new GraphEdge[(int) total];
        previousBarrier = 0;
        for (int target = 0; target < size; target++) {
            if (barrier.get(target) || rollout.get(target)) {
                for (int source = previousBarrier; source < target; source++) {
                    if (!deadEnd.get(source)) {
                        edges[nextSlot[source]++] = GraphEdge.of(source, target);
                    }
                }
            }
            if (barrier.get(target)) {
                previousBarrier = target;
            }
        }
        return Arrays.asList(edges);
    }
}
