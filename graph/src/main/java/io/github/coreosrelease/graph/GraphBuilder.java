package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.internal.GraphAssembler;
import java.util.Map;
import java.util.Objects;
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
 * in releases, index entries, updates entries and edges.
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
     * The most edges one graph may have: a bound against hostile documents (SPEC §6), far above
     * real graphs, whose edge count grows with the releases between consecutive barriers.
     */
    public static final int MAX_EDGES = 10_000_000;

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
        CincinnatiGraph graph = GraphAssembler.one(index, updates, scope, MAX_EDGES);
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
        Map<Scope, CincinnatiGraph> graphs = GraphAssembler.all(index, updates, stream, MAX_EDGES);
        GraphSet set = GraphSet.builder().stream(stream).asMap(graphs).build();
        LOG.debug(
                "built {} graphs for stream {} from {} releases and {} updates entries",
                graphs.size(),
                stream,
                index.releases().size(),
                updates.releases().size());
        return set;
    }
}
