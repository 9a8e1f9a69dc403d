/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.assertj;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.view.GraphView;
import io.github.coreosrelease.graph.view.ReleaseVertex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link CincinnatiGraph}, in terms of versions rather than node positions.
 * Failure messages name versions and show the edges around the nodes involved, e.g. {@code
 * expected edge 40.1 -> 41.1, but 40.1 has edges to [41.2]; edges into 41.1: [39.1 -> 41.1]}.
 *
 * <p>A version stands for every node that has it (an index may repeat a version): a positive
 * assertion passes when one such node satisfies it, a negative one ({@link #hasNoEdge}, {@link
 * #hasNoEdgesFrom}) when none violates it; {@link #everyNodeReaches} targets the last node with the
 * version. An assertion that names a version absent from the graph fails, negative ones included,
 * so that a mistyped version cannot make a test pass.
 *
 * <pre>{@code
 * CoreosAssertions.assertThat(graph)
 *     .hasNodes("40.1", "41.1")
 *     .hasEdge("40.1", "41.1")
 *     .hasNoEdgesFrom("41.1")
 *     .isAcyclic();
 * }</pre>
 */
public final class GraphAssert extends AbstractAssert<GraphAssert, CincinnatiGraph> {
    /**
     * Starts assertions on a graph; see {@link CoreosAssertions#assertThat(CincinnatiGraph)}.
     *
     * @param actual the graph under test
     */
    public GraphAssert(CincinnatiGraph actual) {
        super(actual, GraphAssert.class);
    }

    /**
     * Verifies that a node has the version.
     *
     * @param version the version
     * @return this assertion object
     */
    public GraphAssert hasNode(String version) {
        isNotNull();
        if (positionsOf(version).isEmpty()) {
            fail("expected node " + version + ", but the graph has nodes " + allVersions());
        }
        return myself;
    }

    /**
     * Verifies that every version has a node.
     *
     * @param versions the versions
     * @return this assertion object
     */
    public GraphAssert hasNodes(String... versions) {
        isNotNull();
        List<String> missing =
                Arrays.stream(versions).filter(v -> positionsOf(v).isEmpty()).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            fail("expected nodes " + Arrays.toString(versions) + ", but the graph lacks " + missing + "; its nodes are "
                    + allVersions());
        }
        return myself;
    }

    /**
     * Verifies that an edge leads from a node with one version to a node with the other.
     *
     * @param fromVersion the source version
     * @param toVersion the target version
     * @return this assertion object
     */
    public GraphAssert hasEdge(String fromVersion, String toVersion) {
        isNotNull();
        String expected = "expected edge " + fromVersion + " -> " + toVersion;
        requireNodes(expected, fromVersion, toVersion);
        if (!edgeExists(fromVersion, toVersion)) {
            fail(expected + ", but " + fromVersion + " has edges to " + targetsOf(fromVersion) + "; edges into "
                    + toVersion + ": " + edgesInto(toVersion));
        }
        return myself;
    }

    /**
     * Verifies that no edge leads from a node with one version to a node with the other; both
     * versions must have nodes.
     *
     * @param fromVersion the source version
     * @param toVersion the target version
     * @return this assertion object
     */
    public GraphAssert hasNoEdge(String fromVersion, String toVersion) {
        isNotNull();
        String expected = "expected no edge " + fromVersion + " -> " + toVersion;
        requireNodes(expected, fromVersion, toVersion);
        if (edgeExists(fromVersion, toVersion)) {
            fail(expected + ", but it exists; " + fromVersion + " has edges to " + targetsOf(fromVersion)
                    + "; edges into " + toVersion + ": " + edgesInto(toVersion));
        }
        return myself;
    }

    /**
     * Verifies that no edge leaves the nodes with the version (a dead-end, or the newest release);
     * the version must have a node.
     *
     * @param version the version
     * @return this assertion object
     */
    public GraphAssert hasNoEdgesFrom(String version) {
        isNotNull();
        String expected = "expected no edges from " + version;
        requireNodes(expected, version);
        List<String> targets = targetsOf(version);
        if (!targets.isEmpty()) {
            fail(expected + ", but " + version + " has edges to " + targets);
        }
        return myself;
    }

    /**
     * Verifies the number of edges.
     *
     * @param expected the expected count
     * @return this assertion object
     */
    public GraphAssert hasEdgeCount(int expected) {
        isNotNull();
        if (actual.edges().size() != expected) {
            List<String> edges = new ArrayList<>();
            actual.edges().forEach(edge -> edges.add(describe(edge)));
            fail("expected " + expected + " edges, but the graph has "
                    + actual.edges().size() + ": " + edges);
        }
        return myself;
    }

    /**
     * Verifies that the graph has no cycle (self-loops included).
     *
     * @return this assertion object
     */
    public GraphAssert isAcyclic() {
        isNotNull();
        Optional<List<ReleaseVertex>> cycle = GraphView.of(actual).findCycle();
        if (cycle.isPresent()) {
            List<ReleaseVertex> around = new ArrayList<>(cycle.get());
            around.add(around.get(0));
            fail("expected an acyclic graph, but it has the cycle "
                    + around.stream().map(ReleaseVertex::version).collect(Collectors.joining(" -> ")));
        }
        return myself;
    }

    /**
     * Verifies that every other node can update, in one or more hops, to the last node with the
     * version: no release is stranded.
     *
     * @param version the version every node must reach
     * @return this assertion object
     */
    public GraphAssert everyNodeReaches(String version) {
        isNotNull();
        String expected = "expected every node to reach " + version;
        requireNodes(expected, version);
        GraphView view = GraphView.of(actual);
        ReleaseVertex target = view.vertex(version).orElseThrow();
        Set<ReleaseVertex> reaching = view.reaching(target);
        List<ReleaseVertex> stranded = view.vertices().stream()
                .filter(v -> v.position() != target.position() && !reaching.contains(v))
                .collect(Collectors.toList());
        if (!stranded.isEmpty()) {
            String neighbours = stranded.stream()
                    .map(v -> v.version() + " has edges to " + targetsOfPosition(v.position()))
                    .collect(Collectors.joining(", "));
            fail(expected + ", but "
                    + stranded.stream().map(ReleaseVertex::version).collect(Collectors.toList()) + " cannot; "
                    + neighbours + "; edges into " + version + ": " + edgesInto(version));
        }
        return myself;
    }

    /**
     * Verifies the payload of the node with the version.
     *
     * @param version the version
     * @param payload the expected payload
     * @return this assertion object
     */
    public GraphAssert hasPayload(String version, String payload) {
        isNotNull();
        String expected = "expected node " + version + " to have payload " + payload;
        requireNodes(expected, version);
        List<String> payloads = new ArrayList<>();
        for (int position : positionsOf(version)) {
            payloads.add(actual.nodes().get(position).payload());
        }
        if (!payloads.contains(payload)) {
            fail(expected + ", but "
                    + (payloads.size() == 1
                            ? "it has payload " + payloads.get(0)
                            : "its " + payloads.size() + " nodes have payloads " + payloads));
        }
        return myself;
    }

    /**
     * Verifies one metadata entry of the node with the version.
     *
     * @param version the version
     * @param key the metadata key, e.g. {@link io.github.coreosrelease.graph.NodeMetadata#BARRIER}
     * @param value the expected value
     * @return this assertion object
     */
    public GraphAssert nodeHasMetadata(String version, String key, String value) {
        isNotNull();
        String expected = "expected node " + version + " to have metadata " + key + "=" + value;
        requireNodes(expected, version);
        List<String> found = new ArrayList<>();
        for (int position : positionsOf(version)) {
            GraphNode node = actual.nodes().get(position);
            String actualValue = node.metadata().get(key);
            if (value.equals(actualValue)) {
                return myself;
            }
            found.add(actualValue == null ? "no key " + key + " in " + node.metadata() : key + "=" + actualValue);
        }
        fail(expected + ", but it has " + String.join("; another node with that version has ", found));
        return myself;
    }

    private void fail(String message) {
        // The message is complete text, not a format pattern: versions may contain '%'.
        failWithMessage("%s", message);
    }

    private void requireNodes(String expected, String... versions) {
        for (String version : versions) {
            if (positionsOf(version).isEmpty()) {
                fail(expected + ", but the graph has no node " + version + "; its nodes are " + allVersions());
            }
        }
    }

    private boolean edgeExists(String fromVersion, String toVersion) {
        for (GraphEdge edge : actual.edges()) {
            if (versionAt(edge.source()).equals(fromVersion)
                    && versionAt(edge.target()).equals(toVersion)) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> positionsOf(String version) {
        List<Integer> positions = new ArrayList<>();
        List<GraphNode> nodes = actual.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).version().equals(version)) {
                positions.add(i);
            }
        }
        return positions;
    }

    private List<String> allVersions() {
        return actual.nodes().stream().map(GraphNode::version).collect(Collectors.toList());
    }

    private List<String> targetsOf(String version) {
        Set<Integer> sources = new LinkedHashSet<>(positionsOf(version));
        List<String> targets = new ArrayList<>();
        for (GraphEdge edge : actual.edges()) {
            if (sources.contains(edge.source())) {
                targets.add(versionAt(edge.target()));
            }
        }
        return targets;
    }

    private List<String> targetsOfPosition(int position) {
        List<String> targets = new ArrayList<>();
        for (GraphEdge edge : actual.edges()) {
            if (edge.source() == position) {
                targets.add(versionAt(edge.target()));
            }
        }
        return targets;
    }

    private List<String> edgesInto(String version) {
        List<String> edges = new ArrayList<>();
        for (GraphEdge edge : actual.edges()) {
            if (Objects.equals(versionAt(edge.target()), version)) {
                edges.add(describe(edge));
            }
        }
        return edges;
    }

    private String describe(GraphEdge edge) {
        return versionAt(edge.source()) + " -> " + versionAt(edge.target());
    }

    private String versionAt(int position) {
        return actual.nodes().get(position).version();
    }
}
