/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.view;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.internal.CodePoints;
import io.github.coreosrelease.graph.internal.MetadataParsers;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A Cincinnati graph seen as an unmodifiable JGraphT directed graph, with the few algorithms that
 * release engineering and lint need: cycles, reachability, the path a node takes, the newest
 * release.
 *
 * <p>Vertices are the nodes, by position ({@link ReleaseVertex}); edges are the entries of the edge
 * list ({@link ReleaseEdge}). Any valid {@link CincinnatiGraph} can be viewed, including served
 * graphs with self-loops or repeated edges. Where a method takes a version, it means the last node
 * with that version (the newest one when the index repeats a version).
 *
 * <pre>{@code
 * GraphView view = GraphView.of(graph);
 * boolean ok = view.isAcyclic();
 * List<String> path = view.updatePath("40.20240701.3.0"); // [40.20240701.3.0, 41..., 42...]
 * }</pre>
 */
public final class GraphView {
    private final CincinnatiGraph source;
    private final List<ReleaseVertex> vertices;
    private final Map<String, ReleaseVertex> lastByVersion;
    private final Graph<ReleaseVertex, ReleaseEdge> graph;

    private GraphView(CincinnatiGraph source) {
        this.source = source;
        List<ReleaseVertex> all = new ArrayList<>(source.nodes().size());
        Map<String, ReleaseVertex> byVersion = new HashMap<>();
        DirectedPseudograph<ReleaseVertex, ReleaseEdge> building = new DirectedPseudograph<>(null, null, false);
        for (GraphNode node : source.nodes()) {
            ReleaseVertex vertex = ReleaseVertex.of(all.size(), node);
            all.add(vertex);
            byVersion.put(node.version(), vertex);
            building.addVertex(vertex);
        }
        List<GraphEdge> edges = source.edges();
        for (int i = 0; i < edges.size(); i++) {
            ReleaseVertex from = all.get(edges.get(i).source());
            ReleaseVertex to = all.get(edges.get(i).target());
            building.addEdge(from, to, ReleaseEdge.of(i, from, to));
        }
        this.vertices = Collections.unmodifiableList(all);
        this.lastByVersion = byVersion;
        this.graph = new AsUnmodifiableGraph<>(building);
    }

    /**
     * Views a graph.
     *
     * @param graph any Cincinnati graph
     * @return the view; the graph is not copied
     */
    public static GraphView of(CincinnatiGraph graph) {
        return new GraphView(Objects.requireNonNull(graph, "graph"));
    }

    /**
     * The viewed graph.
     *
     * @return the graph given to {@link #of}
     */
    public CincinnatiGraph cincinnatiGraph() {
        return source;
    }

    /**
     * The graph as JGraphT sees it; every mutating method throws {@link
     * UnsupportedOperationException}.
     *
     * @return the unmodifiable directed pseudograph
     */
    public Graph<ReleaseVertex, ReleaseEdge> graph() {
        return graph;
    }

    /**
     * All vertices.
     *
     * @return one vertex per node, in node order
     */
    public List<ReleaseVertex> vertices() {
        return vertices;
    }

    /**
     * The vertex of a version.
     *
     * @param version a release version
     * @return the last node with that version, or empty when none has it
     */
    public Optional<ReleaseVertex> vertex(String version) {
        return Optional.ofNullable(lastByVersion.get(version));
    }

    /**
     * Whether no path of one or more edges leads from a node back to itself (self-loops count as
     * cycles).
     *
     * @return {@code true} when the graph has no cycle
     */
    public boolean isAcyclic() {
        return findCycle().isEmpty();
    }

    /**
     * One cycle of the graph, if there is any: depth-first from the nodes in order, the first cycle
     * met.
     *
     * @return the vertices {@code v0, v1, ..., vk} of a cycle {@code v0 -> v1 -> ... -> vk -> v0}
     */
    public Optional<List<ReleaseVertex>> findCycle() {
        int size = vertices.size();
        // 0 = not visited, 1 = on the current depth-first path, 2 = done
        byte[] state = new byte[size];
        Deque<ReleaseVertex> path = new ArrayDeque<>();
        Deque<Iterator<ReleaseEdge>> pending = new ArrayDeque<>();
        for (ReleaseVertex root : vertices) {
            if (state[root.position()] != 0) {
                continue;
            }
            state[root.position()] = 1;
            path.addLast(root);
            pending.addLast(graph.outgoingEdgesOf(root).iterator());
            while (!pending.isEmpty()) {
                Iterator<ReleaseEdge> next = pending.peekLast();
                if (!next.hasNext()) {
                    state[path.removeLast().position()] = 2;
                    pending.removeLast();
                    continue;
                }
                ReleaseVertex target = next.next().target();
                if (state[target.position()] == 1) {
                    return Optional.of(cycleEndingAt(path, target));
                }
                if (state[target.position()] == 0) {
                    state[target.position()] = 1;
                    path.addLast(target);
                    pending.addLast(graph.outgoingEdgesOf(target).iterator());
                }
            }
        }
        return Optional.empty();
    }

    private static List<ReleaseVertex> cycleEndingAt(Deque<ReleaseVertex> path, ReleaseVertex start) {
        List<ReleaseVertex> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (ReleaseVertex vertex : path) {
            inCycle = inCycle || vertex.equals(start);
            if (inCycle) {
                cycle.add(vertex);
            }
        }
        return Collections.unmodifiableList(cycle);
    }

    /**
     * The vertices from which a path of one or more edges leads to the given one. The vertex itself
     * is included only when it lies on a cycle.
     *
     * @param target a vertex of this graph
     * @return the vertices in node order
     */
    public Set<ReleaseVertex> reaching(ReleaseVertex target) {
        boolean[] seen = new boolean[vertices.size()];
        Deque<ReleaseVertex> queue = new ArrayDeque<>();
        queue.add(target);
        while (!queue.isEmpty()) {
            for (ReleaseEdge edge : graph.incomingEdgesOf(queue.removeFirst())) {
                ReleaseVertex from = edge.source();
                if (!seen[from.position()]) {
                    seen[from.position()] = true;
                    queue.addLast(from);
                }
            }
        }
        Set<ReleaseVertex> result = new LinkedHashSet<>();
        for (ReleaseVertex vertex : vertices) {
            if (seen[vertex.position()]) {
                result.add(vertex);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /**
     * The versions of the releases that can update, in one or more hops, to the given one. Use it
     * with {@link #newest()} to find releases stranded below the newest release.
     *
     * @param version a version of the graph
     * @return versions in node order, without repeats
     * @throws GraphException if no node has the version
     */
    public Set<String> versionsReaching(String version) {
        Set<String> versions = new LinkedHashSet<>();
        for (ReleaseVertex vertex : reaching(require(version))) {
            versions.add(vertex.version());
        }
        return Collections.unmodifiableSet(versions);
    }

    /**
     * The releases a node goes through when it always takes the greatest update offered: from the
     * given release, follow the edge to the greatest target in the order of SPEC §3 step 4
     * (age_index, then version, then payload), until no edge leaves.
     *
     * @param fromVersion the version the node starts at
     * @return the versions visited, starting with {@code fromVersion}
     * @throws GraphException if no node has the version, if a target's age_index is missing or not
     *     an unsigned integer, or if the path runs into a cycle
     */
    public List<String> updatePath(String fromVersion) {
        List<String> versions = new ArrayList<>();
        for (ReleaseVertex vertex : updatePath(require(fromVersion))) {
            versions.add(vertex.version());
        }
        return Collections.unmodifiableList(versions);
    }

    /**
     * The vertices a node goes through when it always takes the greatest update offered; see
     * {@link #updatePath(String)}.
     *
     * @param from the vertex the node starts at
     * @return the vertices visited, starting with {@code from}
     * @throws GraphException if a target's age_index is missing or not an unsigned integer, or if
     *     the path runs into a cycle
     */
    public List<ReleaseVertex> updatePath(ReleaseVertex from) {
        List<ReleaseVertex> path = new ArrayList<>();
        boolean[] visited = new boolean[vertices.size()];
        ReleaseVertex current = from;
        while (true) {
            path.add(current);
            visited[current.position()] = true;
            Optional<ReleaseVertex> next = greatestTarget(current);
            if (next.isEmpty()) {
                return Collections.unmodifiableList(path);
            }
            current = next.get();
            if (visited[current.position()]) {
                path.add(current);
                throw new GraphException("the update path from " + from.version() + " runs into a cycle: "
                        + joinVersions(path) + "; expected an acyclic graph");
            }
        }
    }

    /**
     * The greatest release of the graph in the order of SPEC §3 step 4: age_index, then version,
     * then payload.
     *
     * @return the newest vertex, or empty for a graph without nodes
     * @throws GraphException if a node's age_index is missing or not an unsigned integer
     */
    public Optional<ReleaseVertex> newest() {
        ReleaseVertex best = null;
        for (ReleaseVertex vertex : vertices) {
            if (best == null || compareReleases(vertex, best) > 0) {
                best = vertex;
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<ReleaseVertex> greatestTarget(ReleaseVertex from) {
        ReleaseVertex best = null;
        for (ReleaseEdge edge : graph.outgoingEdgesOf(from)) {
            if (best == null || compareReleases(edge.target(), best) > 0) {
                best = edge.target();
            }
        }
        return Optional.ofNullable(best);
    }

    private ReleaseVertex require(String version) {
        return vertex(version)
                .orElseThrow(() -> new GraphException("the graph has no node with version " + version
                        + "; expected one of " + versionList(vertices)));
    }

    private static int compareReleases(ReleaseVertex a, ReleaseVertex b) {
        int byAge = ageIndex(a).compareTo(ageIndex(b));
        if (byAge != 0) {
            return byAge;
        }
        int byVersion = CodePoints.compare(a.version(), b.version());
        return byVersion != 0 ? byVersion : CodePoints.compare(a.payload(), b.payload());
    }

    /** The age_index as the client reads it: an unsigned 64-bit integer (SPEC §3 step 1). */
    private static BigInteger ageIndex(ReleaseVertex vertex) {
        String found = vertex.node().metadata().get(NodeMetadata.AGE_INDEX);
        Optional<BigInteger> age = found == null ? Optional.empty() : MetadataParsers.uint64(found);
        if (age.isEmpty()) {
            throw new GraphException("node " + vertex.position() + " (version " + vertex.version() + ") has "
                    + (found == null ? "no " + NodeMetadata.AGE_INDEX : NodeMetadata.AGE_INDEX + " \"" + found + "\"")
                    + "; expected an unsigned integer");
        }
        return age.get();
    }

    private static String joinVersions(List<ReleaseVertex> path) {
        StringBuilder text = new StringBuilder();
        for (ReleaseVertex vertex : path) {
            if (text.length() > 0) {
                text.append(" -> ");
            }
            text.append(vertex.version());
        }
        return text.toString();
    }

    private static String versionList(List<ReleaseVertex> vertices) {
        List<String> versions = new ArrayList<>(vertices.size());
        vertices.forEach(vertex -> versions.add(vertex.version()));
        return versions.toString();
    }
}
