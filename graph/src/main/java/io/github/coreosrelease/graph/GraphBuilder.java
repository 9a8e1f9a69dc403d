/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ImmutableCincinnatiGraph;
import io.github.coreosrelease.core.model.ImmutableGraphNode;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.internal.EdgeRules;
import io.github.coreosrelease.graph.internal.UpdatesMetadata;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Cincinnati update graphs from a release index and an updates document (SPEC §2.1, §2.2),
 * as the Fedora CoreOS graph builder does.
 *
 * <p>Nodes are the releases that have a payload for the scope, in index order, with the metadata
 * keys of {@link NodeMetadata}; edges lead to barriers and rollouts, sorted by (source, target).
 * The builder is liberal, as SPEC §2 asks: whatever the document reader accepted builds a graph
 * (duplicate versions, updates entries for unknown versions, empty payloads and reasons...). The
 * documents' own {@code stream} fields are not compared with the requested stream. Time is linear
 * in releases, index entries and updates entries (no release scans the updates), and in edges
 * (they come out in their sorted order).
 *
 * <pre>{@code
 * ReleaseIndex index = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, indexBytes);
 * Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, updatesBytes);
 * CincinnatiGraph graph = GraphBuilder.build(index, updates, Scope.of("stable", "x86_64", false));
 * GraphSet all = GraphBuilder.buildAll(index, updates, "stable");
 * }</pre>
 *
 * <p>Each method has a variant that takes {@link GraphLimits}; the others apply {@link
 * GraphLimits#defaults()}.
 */
public final class GraphBuilder {
    /**
     * The default of {@link GraphLimits#maxEdges()}, the most edges one graph may have: a bound
     * against hostile documents (SPEC §6), a hundred times above real graphs, whose edge count
     * grows with the releases between consecutive barriers. A few hundred kilobytes of index and
     * updates can ask for tens of millions of edges (every release a rollout); at this bound a graph
     * takes some tens of megabytes to build, serve or lint, instead of gigabytes. The methods
     * without a {@link GraphLimits} argument apply it.
     */
    public static final int MAX_EDGES = 1_000_000;

    /**
     * The architectures a stream serves when none are configured: those the reference graph
     * builder configures for every stream (SPEC §2.4), in ascending order. An architecture without
     * any release in the index has empty graphs.
     */
    public static final Set<String> DEFAULT_ARCHITECTURES =
            Collections.unmodifiableSet(new TreeSet<>(List.of("x86_64", "aarch64", "ppc64le", "s390x")));

    private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);

    private GraphBuilder() {}

    /**
     * Builds the graph of one scope (SPEC §2.1, §2.2).
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param scope architecture and payload scheme; its stream only labels the request
     * @return the graph; no nodes when no release has a payload for the scope (when no release names
     *     the architecture at all, a warning is logged: the name is probably mistyped or swapped)
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or the
     *     graph would have more than {@link #MAX_EDGES} edges
     */
    public static CincinnatiGraph build(ReleaseIndex index, Updates updates, Scope scope) {
        return build(index, updates, scope, GraphLimits.defaults());
    }

    /**
     * Builds the graph of one scope (SPEC §2.1, §2.2) within the given limits; otherwise as {@link
     * #build(ReleaseIndex, Updates, Scope)}.
     *
     * <pre>{@code
     * CincinnatiGraph graph = GraphBuilder.build(
     *         index, updates, scope, GraphLimits.builder().maxEdges(10_000_000).build());
     * }</pre>
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param scope architecture and payload scheme; its stream only labels the request
     * @param limits the bounds on the graph
     * @return the graph; no nodes when no release has a payload for the scope
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or the
     *     graph would have more than {@link GraphLimits#maxEdges()} edges
     */
    public static CincinnatiGraph build(ReleaseIndex index, Updates updates, Scope scope, GraphLimits limits) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(limits, "limits");
        CincinnatiGraph graph = buildGraphs(index, updates, scope.stream(), Set.of(), scope::equals, limits)
                .get(scope);
        if (graph == null) {
            // Loud, because the usual cause is a mistake of the caller (a mistyped or swapped name),
            // not of the documents.
            LOG.warn(
                    "the release index names no architecture \"{}\" (it names {}): the graph of {} is empty",
                    scope.basearch(),
                    namedArchitectures(index),
                    scope);
            graph = CincinnatiGraph.builder().build();
        }
        LOG.debug(
                "built graph for {}: {} nodes, {} edges",
                scope,
                graph.nodes().size(),
                graph.edges().size());
        return graph;
    }

    /**
     * Builds the checksum and OCI graphs of the {@link #DEFAULT_ARCHITECTURES} and of every
     * architecture named in the index, in one walk over the documents (SPEC §2.4); see {@link
     * #buildAll(ReleaseIndex, Updates, String, Set)}.
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param stream the stream, non-empty
     * @return the graphs
     * @throws InvalidValueException if the stream is empty
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or a graph
     *     would have more than {@link #MAX_EDGES} edges
     */
    public static GraphSet buildAll(ReleaseIndex index, Updates updates, String stream) {
        return buildAll(index, updates, stream, DEFAULT_ARCHITECTURES);
    }

    /**
     * Builds the checksum and OCI graphs of the configured architectures and of every architecture
     * named in the index, in one walk over the documents (SPEC §2.4). An architecture is named when
     * a commit or an OCI entry of any release carries it, even with an empty payload. Every
     * architecture of the set gets both graphs; one without any release in the index has graphs
     * without nodes, as the reference serves it. Entries with an empty architecture name are
     * ignored: no request can name it. Each graph equals what {@link #build} returns for its scope.
     *
     * <pre>{@code
     * GraphSet graphs = GraphBuilder.buildAll(index, updates, "stable", Set.of("x86_64", "riscv64"));
     * }</pre>
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param stream the stream, non-empty
     * @param architectures the architectures served even without releases, each non-empty; may be
     *     empty (then only those the index names)
     * @return the graphs
     * @throws InvalidValueException if the stream or a configured architecture is empty
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or a graph
     *     would have more than {@link #MAX_EDGES} edges
     */
    public static GraphSet buildAll(ReleaseIndex index, Updates updates, String stream, Set<String> architectures) {
        return buildAll(index, updates, stream, architectures, GraphLimits.defaults());
    }

    /**
     * Builds the checksum and OCI graphs of the configured architectures and of every architecture
     * named in the index within the given limits; otherwise as {@link #buildAll(ReleaseIndex,
     * Updates, String, Set)}.
     *
     * <pre>{@code
     * GraphSet graphs = GraphBuilder.buildAll(index, updates, "stable", GraphBuilder.DEFAULT_ARCHITECTURES,
     *         GraphLimits.builder().maxEdges(10_000_000).build());
     * }</pre>
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param stream the stream, non-empty
     * @param architectures the architectures served even without releases, each non-empty; may be
     *     empty (then only those the index names)
     * @param limits the bounds on each graph
     * @return the graphs
     * @throws InvalidValueException if the stream or a configured architecture is empty
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or a graph
     *     would have more than {@link GraphLimits#maxEdges()} edges
     */
    public static GraphSet buildAll(
            ReleaseIndex index, Updates updates, String stream, Set<String> architectures, GraphLimits limits) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(architectures, "architectures");
        Objects.requireNonNull(limits, "limits");
        if (stream.isEmpty()) {
            throw new InvalidValueException("stream", stream, "a non-empty stream name, e.g. stable");
        }
        for (String architecture : architectures) {
            if (architecture.isEmpty()) {
                throw new InvalidValueException(
                        "architecture", architecture, "a non-empty architecture name, e.g. x86_64");
            }
        }
        Map<Scope, CincinnatiGraph> graphs = buildGraphs(index, updates, stream, architectures, scope -> true, limits);
        GraphSet set = GraphSet.builder().stream(stream).asMap(graphs).build();
        LOG.debug(
                "built {} graphs for stream {} from {} releases and {} updates entries",
                graphs.size(),
                stream,
                index.releases().size(),
                updates.releases().size());
        return set;
    }

    /**
     * The whole algorithm: one walk over the index gives the nodes of every wanted scope (SPEC §2.1),
     * then each graph gets its edges (SPEC §2.2). Building all scopes in the same walk is what lets
     * a service refresh a stream from one fetch (SPEC §2.4).
     *
     * <p>The nodes of one release differ between architectures only by payload, so each release
     * builds its metadata once per scheme, in a template node, and the other architectures' nodes
     * are copies with another payload that share the template's metadata map. Graphs whose nodes
     * carry the same flags at the same positions (the usual case: every architecture ships every
     * release) have the same edges, computed once and shared.
     *
     * @param configured architectures that get graphs even when the index does not name them
     * @param limits the bounds on each graph
     * @return the graphs of the wanted scopes, by architecture name, checksum graph before OCI graph
     */
    private static Map<Scope, CincinnatiGraph> buildGraphs(
            ReleaseIndex index,
            Updates updates,
            String stream,
            Set<String> configured,
            Predicate<Scope> wanted,
            GraphLimits limits) {
        // §2.1 metadata: the updates entries of each version, folded once in file order (a later
        // entry overwrites the keys it sets), so that no release scans the updates.
        Map<String, Map<String, String>> updatesMetadata = UpdatesMetadata.byVersion(updates);
        Map<String, ScopeNodes> checksumScopes = new HashMap<>();
        Map<String, ScopeNodes> ociScopes = new HashMap<>();
        List<ScopeNodes> offered = new ArrayList<>();
        List<IndexRelease> releases = index.releases();
        for (int i = 0; i < releases.size(); i++) {
            IndexRelease release = releases.get(i);
            // §2.1 payload: per scope, the release's last entry with a non-empty payload; a release
            // without one is no node of that scope's graph.
            offered.clear();
            if (release.commits().isPresent()) {
                for (IndexCommit commit : release.commits().get()) {
                    offer(checksumScopes, stream, commit.architecture(), false, commit.checksum(), i, wanted, offered);
                }
            }
            if (release.ociImages().isPresent()) {
                for (IndexOciImage image : release.ociImages().get()) {
                    offer(ociScopes, stream, image.architecture(), true, image.digestRef(), i, wanted, offered);
                }
            }
            if (offered.isEmpty()) {
                continue;
            }
            Map<String, String> versionUpdates = updatesMetadata.getOrDefault(release.version(), Map.of());
            // The flags that §2.2 reads, taken from the same keys the node metadata gets.
            int flags = (versionUpdates.containsKey(NodeMetadata.BARRIER) ? ScopeNodes.BARRIER : 0)
                    | (versionUpdates.containsKey(NodeMetadata.ROLLOUT) ? ScopeNodes.ROLLOUT : 0)
                    | (NodeMetadata.TRUE.equals(versionUpdates.get(NodeMetadata.DEADEND)) ? ScopeNodes.DEAD_END : 0);
            GraphNode[] templates = new GraphNode[2]; // checksum, OCI
            for (ScopeNodes scopeNodes : offered) {
                int scheme = scopeNodes.scope.oci() ? 1 : 0;
                GraphNode node;
                if (templates[scheme] == null) {
                    // §2.1 age_index: i counts every release of the index, skipped ones included.
                    node = GraphNode.builder()
                            .version(release.version())
                            .payload(scopeNodes.pendingPayload)
                            .putMetadata(NodeMetadata.AGE_INDEX, Integer.toString(i))
                            .putMetadata(
                                    NodeMetadata.SCHEME,
                                    scheme == 1 ? NodeMetadata.SCHEME_OCI : NodeMetadata.SCHEME_CHECKSUM)
                            .putAllMetadata(versionUpdates)
                            .build();
                    templates[scheme] = node;
                } else {
                    node = ((ImmutableGraphNode) templates[scheme]).withPayload(scopeNodes.pendingPayload);
                }
                scopeNodes.add(node, flags);
            }
        }
        // Every configured architecture and every one named in the index gets both graphs, even one
        // without releases or named only with empty payloads: its graphs have no nodes.
        Set<String> architectures = new TreeSet<>(configured);
        architectures.addAll(checksumScopes.keySet());
        architectures.addAll(ociScopes.keySet());
        Map<Scope, CincinnatiGraph> graphs = new LinkedHashMap<>();
        Map<EdgeShape, CincinnatiGraph> byShape = new HashMap<>();
        for (String architecture : architectures) {
            for (boolean oci : new boolean[] {false, true}) {
                Scope scope = Scope.of(stream, architecture, oci);
                if (wanted.test(scope)) {
                    ScopeNodes scopeNodes = (oci ? ociScopes : checksumScopes).get(architecture);
                    graphs.put(
                            scope,
                            withEdges(
                                    scopeNodes == null ? new ScopeNodes(scope) : scopeNodes,
                                    byShape,
                                    limits.maxEdges()));
                }
            }
        }
        return graphs;
    }

    /**
     * Records that a release offers a payload to a scope; a later offer of the same release
     * replaces it (the last entry wins, SPEC §2.1).
     */
    private static void offer(
            Map<String, ScopeNodes> scopes,
            String stream,
            String architecture,
            boolean oci,
            String payload,
            int release,
            Predicate<Scope> wanted,
            List<ScopeNodes> offered) {
        if (architecture.isEmpty()) {
            return; // no request can name it
        }
        // Named, even with an empty payload: the architecture gets both graphs.
        ScopeNodes scopeNodes =
                scopes.computeIfAbsent(architecture, arch -> new ScopeNodes(Scope.of(stream, arch, oci)));
        if (payload.isEmpty() || !scopeNodes.wanted(wanted)) {
            return;
        }
        if (scopeNodes.pendingRelease != release) {
            scopeNodes.pendingRelease = release;
            offered.add(scopeNodes);
        }
        scopeNodes.pendingPayload = payload;
    }

    private static Set<String> namedArchitectures(ReleaseIndex index) {
        Set<String> names = new TreeSet<>();
        for (IndexRelease release : index.releases()) {
            release.commits().ifPresent(commits -> commits.forEach(commit -> names.add(commit.architecture())));
            release.ociImages().ifPresent(images -> images.forEach(image -> names.add(image.architecture())));
        }
        return names;
    }

    /**
     * The graph of the nodes with the edges of SPEC §2.2: to every rollout and barrier from each
     * release since the previous barrier (rules 1 and 2), none from a dead-end (rule 3). A graph
     * built before from nodes of the same flags lends its edges.
     */
    private static CincinnatiGraph withEdges(
            ScopeNodes scopeNodes, Map<EdgeShape, CincinnatiGraph> byShape, int maxEdges) {
        EdgeShape shape =
                new EdgeShape(scopeNodes.nodes.size(), scopeNodes.barrier, scopeNodes.rollout, scopeNodes.deadEnd);
        CincinnatiGraph same = byShape.get(shape);
        if (same != null) {
            // Built below by the builder, hence of the implementation type.
            return ((ImmutableCincinnatiGraph) same).withNodes(scopeNodes.nodes);
        }
        Scope scope = scopeNodes.scope;
        String graphName = (scope.oci() ? "OCI" : "checksum") + " graph of " + scope.basearch();
        List<GraphEdge> edges = EdgeRules.edges(
                scopeNodes.nodes.size(),
                scopeNodes.barrier,
                scopeNodes.rollout,
                scopeNodes.deadEnd,
                maxEdges,
                graphName);
        CincinnatiGraph graph =
                CincinnatiGraph.builder().nodes(scopeNodes.nodes).edges(edges).build();
        byShape.put(shape, graph);
        return graph;
    }

    /** What decides the edges of a graph: its size and the positions of its flagged nodes. */
    private record EdgeShape(int size, BitSet barrier, BitSet rollout, BitSet deadEnd) {}

    /** The nodes of one scope as the walk over the index finds them, with their §2.2 flags. */
    private static final class ScopeNodes {
        static final int BARRIER = 1;
        static final int ROLLOUT = 2;
        static final int DEAD_END = 4;

        final Scope scope;
        final List<GraphNode> nodes = new ArrayList<>();
        final BitSet barrier = new BitSet();
        final BitSet rollout = new BitSet();
        final BitSet deadEnd = new BitSet();
        /** The release whose payload is pending, and that payload: the last one offered so far. */
        int pendingRelease = -1;

        String pendingPayload = "";
        private Boolean wanted;

        ScopeNodes(Scope scope) {
            this.scope = scope;
        }

        boolean wanted(Predicate<Scope> filter) {
            if (wanted == null) {
                wanted = filter.test(scope);
            }
            return wanted;
        }

        void add(GraphNode node, int flags) {
            int position = nodes.size();
            nodes.add(node);
            barrier.set(position, (flags & BARRIER) != 0);
            rollout.set(position, (flags & ROLLOUT) != 0);
            deadEnd.set(position, (flags & DEAD_END) != 0);
        }
    }
}
