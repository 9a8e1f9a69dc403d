/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.PayloadAlias;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.VersionAliases;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Alias nodes for payloads that boot images deployed instead of the released one (SPEC §2.5,
 * fedora-coreos-tracker issue 2066).
 *
 * <p>For every entry {@code version -> arch -> {good, bad}} of a {@link PayloadAliases} document
 * whose version has a node in the OCI graph of that architecture, and is not the graph's newest
 * release, one alias node is appended after the graph's nodes, in the order of the release nodes:
 *
 * <ul>
 *   <li>version, metadata (barrier, dead-end, rollout, age_index...) and unknown fields of the
 *       release's node, plus {@link NodeMetadata#ALIAS_OF} = {@code repository@good};
 *   <li>payload {@code repository@bad}, the repository being the release payload's;
 *   <li>the same outgoing edges as the release's node, and no incoming edge: an alias is never
 *       offered as an update.
 * </ul>
 *
 * <p>Clients find their booted node by payload, the first match (SPEC §3 step 2): a node booted
 * from the bad digest finds the alias, every other node its release, at every instant. This
 * differs on purpose from the reference graph builder, which swaps the bad digests into the graph
 * on even minutes of the wall clock only. The serving policy needs nothing special: a dead-end
 * alias has no edges, and the alias's edges lead to the same rollouts as the release's, throttled
 * alike.
 *
 * <p>The "newest release" is the version of the graph's last release node, as the reference
 * leaves the last index entry alone. Apart from {@link PayloadAliasIssue.Kind#GOOD_DIGEST_MISMATCH},
 * every {@link #check} issue means the entry added no node.
 *
 * <pre>{@code
 * GraphSet graphs = PayloadAliasNodes.append(GraphBuilder.buildAll(index, updates, "stable"), aliases);
 * List<PayloadAliasIssue> unused = PayloadAliasNodes.check(GraphBuilder.buildAll(index, updates, "stable"), aliases);
 * }</pre>
 */
public final class PayloadAliasNodes {
    private PayloadAliasNodes() {}

    /**
     * Appends the alias nodes of one scope's graph. A checksum graph is returned unchanged: aliases
     * are OCI digests.
     *
     * @param graph the graph as built (alias nodes already in it are neither aliased again nor
     *     repeated)
     * @param scope the graph's scope
     * @param aliases the aliases document
     * @return the graph with its alias nodes and their edges; the same graph when none applies
     * @throws GraphException if the graph would have more than {@link GraphBuilder#MAX_EDGES} edges
     */
    public static CincinnatiGraph append(CincinnatiGraph graph, Scope scope, PayloadAliases aliases) {
        return append(graph, scope, aliases, GraphLimits.defaults());
    }

    /**
     * Appends the alias nodes of one scope's graph within the given limits; otherwise as {@link
     * #append(CincinnatiGraph, Scope, PayloadAliases)}.
     *
     * @param graph the graph as built (alias nodes already in it are neither aliased again nor
     *     repeated)
     * @param scope the graph's scope
     * @param aliases the aliases document
     * @param limits the bounds on the graph with its alias nodes
     * @return the graph with its alias nodes and their edges; the same graph when none applies
     * @throws GraphException if the graph would have more than {@link GraphLimits#maxEdges()} edges
     */
    public static CincinnatiGraph append(
            CincinnatiGraph graph, Scope scope, PayloadAliases aliases, GraphLimits limits) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(limits, "limits");
        if (!scope.oci() || aliases.versions().isEmpty()) {
            return graph;
        }
        List<GraphNode> nodes = graph.nodes();
        Optional<String> newest = newestVersion(nodes);
        Set<String> payloads = payloads(nodes);
        List<GraphNode> added = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (int position = 0; position < nodes.size(); position++) {
            GraphNode release = nodes.get(position);
            if (NodeMetadata.isAlias(release)
                    || newest.filter(release.version()::equals).isPresent()) {
                continue;
            }
            Optional<PayloadAlias> alias = aliases.find(release.version(), scope.basearch());
            if (alias.isEmpty()) {
                continue;
            }
            Optional<GraphNode> node = aliasNode(release, alias.get(), payloads, scope.basearch(), new ArrayList<>());
            if (node.isPresent()) {
                added.add(node.get());
                sources.add(position);
                payloads.add(node.get().payload());
            }
        }
        if (added.isEmpty()) {
            return graph;
        }
        List<List<Integer>> targets = targetsBySource(graph);
        List<GraphEdge> edges = new ArrayList<>(graph.edges());
        for (int i = 0; i < added.size(); i++) {
            int aliasPosition = nodes.size() + i;
            for (int target : targets.get(sources.get(i))) {
                edges.add(GraphEdge.of(aliasPosition, target));
            }
        }
        if (edges.size() > limits.maxEdges()) {
            throw new GraphException("the OCI graph of " + scope.basearch()
                    + " with payload aliases would have more than " + limits.maxEdges() + " edges");
        }
        // The alias sources come after every release node, in ascending order, so the edges stay
        // sorted by (source, target).
        return CincinnatiGraph.builder()
                .from(graph)
                .addAllNodes(added)
                .edges(edges)
                .build();
    }

    /**
     * Appends the alias nodes of every OCI graph of a stream (see {@link #append(CincinnatiGraph,
     * Scope, PayloadAliases)}); checksum graphs are kept as they are.
     *
     * @param graphs the stream's graphs as built
     * @param aliases the aliases document
     * @return the graphs with their alias nodes
     * @throws GraphException if a graph would have more than {@link GraphBuilder#MAX_EDGES} edges
     */
    public static GraphSet append(GraphSet graphs, PayloadAliases aliases) {
        return append(graphs, aliases, GraphLimits.defaults());
    }

    /**
     * Appends the alias nodes of every OCI graph of a stream within the given limits; otherwise as
     * {@link #append(GraphSet, PayloadAliases)}.
     *
     * @param graphs the stream's graphs as built
     * @param aliases the aliases document
     * @param limits the bounds on each graph with its alias nodes
     * @return the graphs with their alias nodes
     * @throws GraphException if a graph would have more than {@link GraphLimits#maxEdges()} edges
     */
    public static GraphSet append(GraphSet graphs, PayloadAliases aliases, GraphLimits limits) {
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(limits, "limits");
        Map<Scope, CincinnatiGraph> aliased = new LinkedHashMap<>();
        graphs.asMap().forEach((scope, graph) -> aliased.put(scope, append(graph, scope, aliases, limits)));
        return GraphSet.builder().from(graphs).asMap(aliased).build();
    }

    /**
     * The entries of an aliases document that add no alias node to a stream's graphs, or add one
     * whose good digest is not the release's: no OCI graph of the architecture, no node of the
     * version, the newest release, a release payload without digest, a bad payload already in the
     * graph.
     *
     * @param graphs the stream's graphs as built, without alias nodes
     * @param aliases the aliases document
     * @return the issues, in document order
     */
    public static List<PayloadAliasIssue> check(GraphSet graphs, PayloadAliases aliases) {
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(aliases, "aliases");
        List<PayloadAliasIssue> issues = new ArrayList<>();
        for (VersionAliases version : aliases.versions()) {
            version.architectures().forEach((architecture, alias) -> {
                Optional<CincinnatiGraph> graph =
                        architecture.isEmpty() ? Optional.empty() : graphs.graph(architecture, true);
                List<GraphNode> nodes = graph.map(CincinnatiGraph::nodes).orElse(List.of());
                List<GraphNode> releases = nodes.stream()
                        .filter(node ->
                                !NodeMetadata.isAlias(node) && node.version().equals(version.version()))
                        .toList();
                if (releases.isEmpty()) {
                    issues.add(issue(
                            version.version(),
                            architecture,
                            PayloadAliasIssue.Kind.NO_NODE,
                            graph.isEmpty()
                                    ? "stream " + graphs.stream() + " has no OCI graph of " + architecture
                                    : "the OCI graph of " + architecture + " has no node of " + version.version()));
                } else if (newestVersion(nodes)
                        .filter(version.version()::equals)
                        .isPresent()) {
                    issues.add(issue(
                            version.version(),
                            architecture,
                            PayloadAliasIssue.Kind.NEWEST_RELEASE,
                            version.version() + " is the newest release of the OCI graph of " + architecture
                                    + ": nodes booted from " + alias.bad() + " have nothing to update to yet"));
                } else {
                    Set<String> payloads = payloads(nodes);
                    releases.forEach(release -> aliasNode(release, alias, payloads, architecture, issues));
                }
            });
        }
        return List.copyOf(issues);
    }

    /**
     * The alias node of one release node, or empty with the reason in {@code issues}. A good digest
     * other than the release's is reported and the node is still built, as the reference swaps the
     * digest without looking at the good one.
     */
    private static Optional<GraphNode> aliasNode(
            GraphNode release,
            PayloadAlias alias,
            Set<String> payloads,
            String architecture,
            List<PayloadAliasIssue> issues) {
        ImageReference payload;
        try {
            payload = ImageReference.parse(release.payload());
        } catch (InvalidValueException e) {
            payload = null;
        }
        if (payload == null || payload.digest().isEmpty()) {
            issues.add(issue(
                    release.version(),
                    architecture,
                    PayloadAliasIssue.Kind.PAYLOAD_NOT_DIGEST_REF,
                    "the payload \"" + release.payload() + "\" of " + release.version()
                            + " is not a digest pullspec: no repository to pin the bad digest to"));
            return Optional.empty();
        }
        String bad = pin(payload, alias.bad());
        if (payloads.contains(bad)) {
            issues.add(issue(
                    release.version(),
                    architecture,
                    PayloadAliasIssue.Kind.BAD_PAYLOAD_IN_GRAPH,
                    "the bad payload " + bad + " is already a node of the OCI graph of " + architecture));
            return Optional.empty();
        }
        if (!payload.digest().get().equals(alias.good())) {
            issues.add(issue(
                    release.version(),
                    architecture,
                    PayloadAliasIssue.Kind.GOOD_DIGEST_MISMATCH,
                    "the good digest " + alias.good() + " is not the digest of the release's payload "
                            + release.payload() + "; the alias node still leads where " + release.version()
                            + " does"));
        }
        return Optional.of(GraphNode.builder()
                .from(release)
                .payload(bad)
                .putMetadata(NodeMetadata.ALIAS_OF, pin(payload, alias.good()))
                .build());
    }

    private static String pin(ImageReference payload, Digest digest) {
        return payload.repository() + "@" + digest;
    }

    private static Optional<String> newestVersion(List<GraphNode> nodes) {
        for (int position = nodes.size() - 1; position >= 0; position--) {
            if (!NodeMetadata.isAlias(nodes.get(position))) {
                return Optional.of(nodes.get(position).version());
            }
        }
        return Optional.empty();
    }

    private static Set<String> payloads(List<GraphNode> nodes) {
        Set<String> payloads = new HashSet<>();
        nodes.forEach(node -> payloads.add(node.payload()));
        return payloads;
    }

    private static List<List<Integer>> targetsBySource(CincinnatiGraph graph) {
        List<List<Integer>> targets = new ArrayList<>();
        graph.nodes().forEach(node -> targets.add(new ArrayList<>()));
        graph.edges().forEach(edge -> targets.get(edge.source()).add(edge.target()));
        return targets;
    }

    private static PayloadAliasIssue issue(
            String version, String architecture, PayloadAliasIssue.Kind kind, String message) {
        return PayloadAliasIssue.builder()
                .version(version)
                .architecture(architecture)
                .kind(kind)
                .message(message)
                .build();
    }
}
