/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.GraphSet;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a refreshed stream keeps on the heap: the live heap after full collections while the
 * objects are held, minus the live heap before the refresh. Measured for the graph set with its
 * cached bodies (whose bytes are off the heap, as in the graph service, and counted apart), and
 * for the graphs' node lists and edge lists apart (they share no object).
 *
 * @param nodes nodes over all graphs, as served
 * @param edges edges over all graphs, as served
 * @param retainedBytes the heap the graph set and the bodies keep
 * @param nodeBytes what the graphs' node lists hold (nodes, metadata maps, strings)
 * @param edgeBytes what the graphs' edge lists hold
 * @param bodyBytes the bodies' JSON bytes, off the heap
 */
record RefreshMemory(long nodes, long edges, long retainedBytes, long nodeBytes, long edgeBytes, long bodyBytes) {
    /**
     * One refresh's output: the graphs and their bodies, as the graph service holds them (bodies
     * in direct buffers, off the heap: the retained heap counts only their buffer objects).
     */
    record Refreshed(GraphSet graphs, List<ByteBuffer> bodies) {}

    /**
     * Refreshes and measures what the output keeps. Only {@code held} refers to the output, so that
     * dropping an element of it frees that part (no local variable keeps it alive).
     */
    static RefreshMemory measure(Supplier<Refreshed> refresh) {
        Object[] held = new Object[2];
        long none = liveHeap();
        held[0] = refresh.get();
        long all = liveHeap();
        long[] counts = counts((Refreshed) held[0]);
        held[1] = lists((Refreshed) held[0], false);
        held[0] = lists((Refreshed) held[0], true);
        long both = liveHeap();
        held[1] = null;
        long nodeOnly = liveHeap();
        return new RefreshMemory(counts[0], counts[1], all - none, nodeOnly - none, both - nodeOnly, counts[2]);
    }

    private static long[] counts(Refreshed refreshed) {
        long[] counts = new long[3];
        for (CincinnatiGraph graph : refreshed.graphs().asMap().values()) {
            counts[0] += graph.nodes().size();
            counts[1] += graph.edges().size();
        }
        counts[2] = refreshed.bodies().stream().mapToLong(ByteBuffer::remaining).sum();
        return counts;
    }

    private static List<Object> lists(Refreshed refreshed, boolean nodes) {
        List<Object> lists = new ArrayList<>();
        for (CincinnatiGraph graph : refreshed.graphs().asMap().values()) {
            lists.add(nodes ? graph.nodes() : graph.edges());
        }
        return lists;
    }

    /** The heap in use after full collections, once it stops shrinking. */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    double bytesPerNode() {
        return nodes == 0 ? 0 : (double) nodeBytes / nodes;
    }

    double bytesPerEdge() {
        return edges == 0 ? 0 : (double) edgeBytes / edges;
    }
}
