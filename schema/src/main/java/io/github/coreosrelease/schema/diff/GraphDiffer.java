/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.Scope;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two update graphs of one scope (SPEC §2), typically built from the documents before and
 * after a change. Releases are matched by version; where a graph repeats a version, its last node
 * counts, as for clients.
 *
 * <pre>{@code
 * GraphDiff diff = GraphDiffer.diffUpdates(index, before, after, Scope.of("stable", "x86_64", false));
 * diff.addedEdges(); // [40.20240602.3.0 -> 41.20241215.3.0]
 * }</pre>
 */
public final class GraphDiffer {
    private GraphDiffer() {}

    /**
     * Compares two graphs.
     *
     * @param before the first graph
     * @param after the second graph
     * @return what changed from {@code before} to {@code after}
     */
    public static GraphDiff diff(CincinnatiGraph before, CincinnatiGraph after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<String, GraphNode> oldNodes = byVersion(before);
        Map<String, GraphNode> newNodes = byVersion(after);
        GraphDiff.Builder diff = GraphDiff.builder();
        newNodes.forEach((version, node) -> {
            GraphNode old = oldNodes.get(version);
            if (old == null) {
                diff.addAddedNodes(AddedOrRemovedNode.of(version, NodeState.of(node)));
            } else {
                NodeState was = NodeState.of(old);
                NodeState is = NodeState.of(node);
                if (!was.equals(is)) {
                    diff.addChangedNodes(StateChange.builder()
                            .version(version)
                            .before(was)
                            .after(is)
                            .build());
                }
            }
        });
        oldNodes.forEach((version, node) -> {
            if (!newNodes.containsKey(version)) {
                diff.addRemovedNodes(AddedOrRemovedNode.of(version, NodeState.of(node)));
            }
        });
        Set<VersionEdge> oldEdges = edges(before);
        Set<VersionEdge> newEdges = edges(after);
        oldEdges.stream().filter(edge -> !newEdges.contains(edge)).forEach(diff::addRemovedEdges);
        newEdges.stream().filter(edge -> !oldEdges.contains(edge)).forEach(diff::addAddedEdges);
        return diff.build();
    }

    /**
     * Compares the graphs that one release index and two updates documents give for a scope.
     *
     * @param index the release index
     * @param before the updates document before the change
     * @param after the updates document after the change
     * @param scope architecture and scheme
     * @return what the change does to the scope's graph
     * @throws GraphException if a graph cannot be built (see {@link GraphBuilder#build})
     */
    public static GraphDiff diffUpdates(ReleaseIndex index, Updates before, Updates after, Scope scope) {
        return diff(GraphBuilder.build(index, before, scope), GraphBuilder.build(index, after, scope));
    }

    /**
     * Compares the graphs that two release indexes and one updates document give for a scope.
     *
     * @param before the release index before the change
     * @param after the release index after the change
     * @param updates the updates document
     * @param scope architecture and scheme
     * @return what the change does to the scope's graph
     * @throws GraphException if a graph cannot be built (see {@link GraphBuilder#build})
     */
    public static GraphDiff diffIndexes(ReleaseIndex before, ReleaseIndex after, Updates updates, Scope scope) {
        return diff(GraphBuilder.build(before, updates, scope), GraphBuilder.build(after, updates, scope));
    }

    /** The nodes by version in node order; a repeated version keeps its last node at its last position. */
    private static Map<String, GraphNode> byVersion(CincinnatiGraph graph) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            nodes.remove(node.version());
            nodes.put(node.version(), node);
        }
        return nodes;
    }

    private static Set<VersionEdge> edges(CincinnatiGraph graph) {
        Set<VersionEdge> edges = new LinkedHashSet<>();
        for (GraphEdge edge : graph.edges()) {
            edges.add(VersionEdge.of(
                    graph.nodes().get(edge.source()).version(),
                    graph.nodes().get(edge.target()).version()));
        }
        return edges;
    }
}
