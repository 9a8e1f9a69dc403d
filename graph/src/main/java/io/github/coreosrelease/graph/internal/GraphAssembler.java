package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the graphs of many scopes in one walk over the release index (SPEC §2.1, §2.2, §2.4).
 *
 * <p>The updates are folded into per-version metadata first; then each release is visited once,
 * each of its commits and OCI entries once, and the release becomes a node in every graph that
 * received a payload from it. The work is linear in releases, entries, updates entries and edges.
 */
public final class GraphAssembler {
    private final Optional<String> onlyArchitecture;
    private final boolean checksumGraphs;
    private final boolean ociGraphs;
    private final int maxEdges;
    private final Map<String, ArchitectureNodes> architectures = new HashMap<>();
    private final List<SchemeNodes> touched = new ArrayList<>();

    private GraphAssembler(Optional<String> onlyArchitecture, boolean checksumGraphs, boolean ociGraphs, int maxEdges) {
        this.onlyArchitecture = onlyArchitecture;
        this.checksumGraphs = checksumGraphs;
        this.ociGraphs = ociGraphs;
        this.maxEdges = maxEdges;
    }

    /**
     * Builds the graph of one scope.
     *
     * @param index the release index
     * @param updates the updates document
     * @param scope the scope
     * @param maxEdges the most edges the graph may have
     * @return the graph, empty when no release has a payload for the scope
     */
    public static CincinnatiGraph one(ReleaseIndex index, Updates updates, Scope scope, int maxEdges) {
        Map<Scope, CincinnatiGraph> graphs = new GraphAssembler(
                        Optional.of(scope.basearch()), !scope.oci(), scope.oci(), maxEdges)
                .assemble(index, updates, scope.stream());
        return graphs.getOrDefault(scope, CincinnatiGraph.builder().build());
    }

    /**
     * Builds the checksum and OCI graphs of every architecture named in the index.
     *
     * @param index the release index
     * @param updates the updates document
     * @param stream the stream the graphs are for
     * @param maxEdges the most edges a graph may have
     * @return the graphs, ordered by architecture, checksum graph before OCI graph
     */
    public static Map<Scope, CincinnatiGraph> all(ReleaseIndex index, Updates updates, String stream, int maxEdges) {
        return new GraphAssembler(Optional.empty(), true, true, maxEdges).assemble(index, updates, stream);
    }

    private Map<Scope, CincinnatiGraph> assemble(ReleaseIndex index, Updates updates, String stream) {
        FoldedUpdates folded = FoldedUpdates.of(updates);
        List<IndexRelease> releases = index.releases();
        for (int position = 0; position < releases.size(); position++) {
            IndexRelease release = releases.get(position);
            if (checksumGraphs) {
                offerCommits(position, release.commits());
            }
            if (ociGraphs) {
                offerOciImages(position, release.ociImages());
            }
            if (!touched.isEmpty()) {
                String ageIndex = Integer.toString(position);
                VersionUpdates versionUpdates = folded.get(release.version());
                for (SchemeNodes graph : touched) {
                    graph.addPendingNode(release.version(), ageIndex, versionUpdates);
                }
                touched.clear();
            }
        }
        List<String> names = new ArrayList<>(architectures.keySet());
        names.sort(null);
        Map<Scope, CincinnatiGraph> graphs = new LinkedHashMap<>();
        for (String name : names) {
            ArchitectureNodes nodes = architectures.get(name);
            if (checksumGraphs) {
                graphs.put(Scope.of(stream, name, false), nodes.checksum.toGraph(maxEdges));
            }
            if (ociGraphs) {
                graphs.put(Scope.of(stream, name, true), nodes.oci.toGraph(maxEdges));
            }
        }
        return graphs;
    }

    private void offerCommits(int position, Optional<List<IndexCommit>> commits) {
        if (commits.isEmpty()) {
            return;
        }
        for (IndexCommit commit : commits.get()) {
            ArchitectureNodes nodes = architecture(commit.architecture());
            if (nodes != null && !commit.checksum().isEmpty() && nodes.checksum.offer(position, commit.checksum())) {
                touched.add(nodes.checksum);
            }
        }
    }

    private void offerOciImages(int position, Optional<List<IndexOciImage>> images) {
        if (images.isEmpty()) {
            return;
        }
        for (IndexOciImage image : images.get()) {
            ArchitectureNodes nodes = architecture(image.architecture());
            if (nodes != null && !image.digestRef().isEmpty() && nodes.oci.offer(position, image.digestRef())) {
                touched.add(nodes.oci);
            }
        }
    }

    /**
     * The graphs of an architecture, created on first sight; {@code null} for an architecture that
     * is not built: the empty name (no request can ask for it) or one outside the wanted scope.
     */
    private ArchitectureNodes architecture(String name) {
        if (name.isEmpty()
                || (onlyArchitecture.isPresent() && !onlyArchitecture.get().equals(name))) {
            return null;
        }
        return architectures.computeIfAbsent(name, ArchitectureNodes::new);
    }

    /** The two graphs of one architecture. */
    private static final class ArchitectureNodes {
        final SchemeNodes checksum;
        final SchemeNodes oci;

        ArchitectureNodes(String name) {
            this.checksum = new SchemeNodes(NodeMetadata.SCHEME_CHECKSUM, "checksum graph of " + name);
            this.oci = new SchemeNodes(NodeMetadata.SCHEME_OCI, "OCI graph of " + name);
        }
    }
}
