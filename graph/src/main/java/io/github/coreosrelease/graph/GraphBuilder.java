package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.internal.EdgeRules;
import io.github.coreosrelease.graph.internal.UpdatesMetadata;
import java.util.ArrayList;
import java.util.BitSet;
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
 * in releases, index entries and updates entries (no release scans the updates), plus sorting the
 * edges.
 *
 * <pre>{@code
 * ReleaseIndex index = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, indexBytes);
 * Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, updatesBytes);
 * CincinnatiGraph graph = GraphBuilder.build(index, updates, Scope.of("stable", "x86_64", false));
 * GraphSet all = GraphBuilder.buildAll(index, updates, "stable");
 * }</pre>
 */
public final class GraphBuilder {
    /**
     * The most edges one graph may have: a bound against hostile documents (SPEC §6), a hundred
     * times above real graphs, whose edge count grows with the releases between consecutive
     * barriers. A few hundred kilobytes of index and updates can ask for tens of millions of edges
     * (every release a rollout); at this bound a graph takes some tens of megabytes to build, serve
     * or lint, instead of gigabytes.
     */
    public static final int MAX_EDGES = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);

    private GraphBuilder() {}

    /**
     * Builds the graph of one scope (SPEC §2.1, §2.2).
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param scope architecture and payload scheme; its stream only labels the request
     * @return the graph; no nodes when no release has a payload for the scope
     * @throws GraphException if a rollout's start_percentage does not fit a 64-bit float, or the
     *     graph would have more than {@link #MAX_EDGES} edges
     */
    public static CincinnatiGraph build(ReleaseIndex index, Updates updates, Scope scope) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(scope, "scope");
        CincinnatiGraph graph = buildGraphs(index, updates, scope.stream(), scope::equals)
                .getOrDefault(scope, CincinnatiGraph.builder().build());
        LOG.debug(
                "built graph for {}: {} nodes, {} edges",
                scope,
                graph.nodes().size(),
                graph.edges().size());
        return graph;
    }

    /**
     * Builds the checksum and OCI graphs of every architecture named in the index, in one walk over
     * the documents (SPEC §2.4). An architecture is named when a commit or an OCI entry of any
     * release carries it, even with an empty payload; it then gets both graphs, possibly without
     * nodes. Entries with an empty architecture name are ignored: no request can name it. Each graph
     * equals what {@link #build} returns for its scope.
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
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(stream, "stream");
        if (stream.isEmpty()) {
            throw new InvalidValueException("stream", stream, "a non-empty stream name, e.g. stable");
        }
        Map<Scope, CincinnatiGraph> graphs = buildGraphs(index, updates, stream, scope -> true);
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
     * @return the graphs of the wanted scopes, by architecture name, checksum graph before OCI graph
     */
    private static Map<Scope, CincinnatiGraph> buildGraphs(
            ReleaseIndex index, Updates updates, String stream, Predicate<Scope> wanted) {
        // §2.1 metadata: the updates entries of each version, folded once in file order (a later
        // entry overwrites the keys it sets), so that no release scans the updates.
        Map<String, Map<String, String>> updatesMetadata = UpdatesMetadata.byVersion(updates);
        Set<String> architectures = new TreeSet<>();
        Map<Scope, List<GraphNode>> nodes = new HashMap<>();
        List<IndexRelease> releases = index.releases();
        for (int i = 0; i < releases.size(); i++) {
            IndexRelease release = releases.get(i);
            // §2.1 payload: per scope, the release's last entry with a non-empty payload; a release
            // without one is no node of that scope's graph.
            Map<Scope, String> payloads = new HashMap<>();
            for (Offer offer : offers(release)) {
                if (offer.architecture().isEmpty()) {
                    continue; // no request can name it
                }
                architectures.add(offer.architecture());
                Scope scope = Scope.of(stream, offer.architecture(), offer.oci());
                if (wanted.test(scope) && !offer.payload().isEmpty()) {
                    payloads.put(scope, offer.payload());
                }
            }
            // §2.1 age_index: i counts every release of the index, skipped ones included.
            String ageIndex = Integer.toString(i);
            Map<String, String> versionUpdates = updatesMetadata.getOrDefault(release.version(), Map.of());
            for (Map.Entry<Scope, String> payload : payloads.entrySet()) {
                Scope scope = payload.getKey();
                nodes.computeIfAbsent(scope, s -> new ArrayList<>())
                        .add(GraphNode.builder()
                                .version(release.version())
                                .payload(payload.getValue())
                                .putMetadata(NodeMetadata.AGE_INDEX, ageIndex)
                                .putMetadata(
                                        NodeMetadata.SCHEME,
                                        scope.oci() ? NodeMetadata.SCHEME_OCI : NodeMetadata.SCHEME_CHECKSUM)
                                .putAllMetadata(versionUpdates)
                                .build());
            }
        }
        // Every architecture named in the index gets both graphs, even one named only with empty
        // payloads: its graphs have no nodes.
        Map<Scope, CincinnatiGraph> graphs = new LinkedHashMap<>();
        for (String architecture : architectures) {
            for (boolean oci : new boolean[] {false, true}) {
                Scope scope = Scope.of(stream, architecture, oci);
                if (wanted.test(scope)) {
                    graphs.put(scope, withEdges(nodes.getOrDefault(scope, List.of()), scope));
                }
            }
        }
        return graphs;
    }

    /**
     * The graph of the nodes with the edges of SPEC §2.2: to every rollout and barrier from each
     * release since the previous barrier (rules 1 and 2), none from a dead-end (rule 3).
     */
    private static CincinnatiGraph withEdges(List<GraphNode> nodes, Scope scope) {
        // The flags are read back with the readers that serving uses, so built and served graphs agree.
        BitSet barrier = new BitSet();
        BitSet rollout = new BitSet();
        BitSet deadEnd = new BitSet();
        for (int i = 0; i < nodes.size(); i++) {
            barrier.set(i, NodeMetadata.isBarrier(nodes.get(i)));
            rollout.set(i, NodeMetadata.isRollout(nodes.get(i)));
            deadEnd.set(i, NodeMetadata.isDeadEnd(nodes.get(i)));
        }
        String graphName = (scope.oci() ? "OCI" : "checksum") + " graph of " + scope.basearch();
        List<GraphEdge> edges = EdgeRules.edges(nodes.size(), barrier, rollout, deadEnd, MAX_EDGES, graphName);
        return CincinnatiGraph.builder().nodes(nodes).edges(edges).build();
    }

    /** A payload that an index release offers to the graph of an architecture and scheme. */
    private record Offer(String architecture, boolean oci, String payload) {}

    /** The release's commit checksums, then its OCI digest-refs (never the tagged image). */
    private static List<Offer> offers(IndexRelease release) {
        List<Offer> offers = new ArrayList<>();
        release.commits()
                .ifPresent(commits -> commits.forEach(
                        commit -> offers.add(new Offer(commit.architecture(), false, commit.checksum()))));
        release.ociImages()
                .ifPresent(images ->
                        images.forEach(image -> offers.add(new Offer(image.architecture(), true, image.digestRef()))));
        return offers;
    }
}
