/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.assertj;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.view.GraphView;
import io.github.coreosrelease.graph.view.ReleaseVertex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    private static final String UPDATES_PREFIX = NodeMetadata.PREFIX + "updates.";

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
     * @param source the version the update starts from
     * @param target the version the update goes to
     * @return this assertion object
     */
    public GraphAssert hasEdge(String source, String target) {
        isNotNull();
        String expected = "expected edge " + source + " -> " + target;
        requireNodes(expected, source, target);
        if (!edgeExists(source, target)) {
            fail(expected + ", but " + source + " has edges to " + targetsOf(source) + "; edges into " + target + ": "
                    + edgesInto(target));
        }
        return myself;
    }

    /**
     * Verifies that no edge leads from a node with one version to a node with the other; both
     * versions must have nodes.
     *
     * @param source the version the update starts from
     * @param target the version the update goes to
     * @return this assertion object
     */
    public GraphAssert hasNoEdge(String source, String target) {
        isNotNull();
        String expected = "expected no edge " + source + " -> " + target;
        requireNodes(expected, source, target);
        if (edgeExists(source, target)) {
            fail(expected + ", but it exists; " + source + " has edges to " + targetsOf(source) + "; edges into "
                    + target + ": " + edgesInto(target));
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
     * version: no release is stranded. Dead-ends are exempt, as in lint's {@code graph-stranded}
     * rule: no automatic update leaves them by design (SPEC §1.6), so a graph with a dead-end can
     * pass both {@code hasNoEdgesFrom(deadEnd)} and this assertion. {@link
     * #everyNodeIncludingDeadEndsReaches} counts them.
     *
     * @param version the version every node but the dead-ends must reach
     * @return this assertion object
     */
    public GraphAssert everyNodeReaches(String version) {
        return reaches(version, false);
    }

    /**
     * Verifies that every other node, dead-ends included, can update in one or more hops to the last
     * node with the version; a graph with a dead-end therefore fails it unless the dead-end is that
     * node.
     *
     * @param version the version every node must reach
     * @return this assertion object
     */
    public GraphAssert everyNodeIncludingDeadEndsReaches(String version) {
        return reaches(version, true);
    }

    private GraphAssert reaches(String version, boolean deadEndsToo) {
        isNotNull();
        String expected = deadEndsToo
                ? "expected every node, dead-ends included, to reach " + version
                : "expected every node but the dead-ends to reach " + version;
        requireNodes(expected, version);
        GraphView view = GraphView.of(actual);
        ReleaseVertex target = view.vertex(version).orElseThrow();
        Set<ReleaseVertex> reaching = view.reaching(target);
        List<ReleaseVertex> stranded = view.vertices().stream()
                .filter(v -> v.position() != target.position() && !reaching.contains(v))
                .filter(v -> deadEndsToo || !NodeMetadata.isDeadEnd(v.node()))
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
     * Verifies that no update skips a barrier (SPEC §1.6: every older release must pass through
     * it): no edge leads from a release older than a barrier to a release newer than it. Releases
     * are ordered by their {@code age_index} metadata, or by node position when a node has none.
     *
     * @return this assertion object
     */
    public GraphAssert respectsBarriers() {
        isNotNull();
        List<Integer> barriers = new ArrayList<>();
        for (int i = 0; i < actual.nodes().size(); i++) {
            if (NodeMetadata.isBarrier(actual.nodes().get(i))) {
                barriers.add(i);
            }
        }
        long[] ages = ages();
        barriers.sort(Comparator.comparingLong(b -> ages[b]));
        List<String> violations = new ArrayList<>();
        for (GraphEdge edge : actual.edges()) {
            long from = ages[edge.source()];
            long to = ages[edge.target()];
            List<String> skipped = barriers.stream()
                    .filter(b -> ages[b] > from && ages[b] < to)
                    .map(this::versionAt)
                    .collect(Collectors.toList());
            if (!skipped.isEmpty()) {
                violations.add(describe(edge) + " skips " + (skipped.size() == 1 ? "barrier " : "barriers ")
                        + String.join(", ", skipped));
            }
        }
        if (!violations.isEmpty()) {
            fail("expected every update to pass through the barriers "
                    + barriers.stream().map(this::versionAt).collect(Collectors.toList())
                    + ", but " + String.join("; ", violations));
        }
        return myself;
    }

    /**
     * Verifies that the graph offers the same updates as another, by version: the same versions,
     * the same edges between versions, and the same barrier, dead-end and rollout metadata ({@code
     * org.fedoraproject.coreos.updates.*}) on every version. Payloads, the scheme and node order are
     * not compared, so that the OCI graph of a stream can be checked against its checksum graph.
     *
     * @param other the graph to compare with
     * @return this assertion object
     */
    public GraphAssert isEquivalentTo(CincinnatiGraph other) {
        isNotNull();
        Objects.requireNonNull(other, "other");
        List<String> differences = new ArrayList<>();
        Set<String> mine = new LinkedHashSet<>(allVersions());
        Set<String> theirs = new LinkedHashSet<>();
        other.nodes().forEach(node -> theirs.add(node.version()));
        addDifference(differences, "versions only in this graph", minus(mine, theirs));
        addDifference(differences, "versions only in the other", minus(theirs, mine));
        Set<String> myEdges = versionEdges(actual);
        Set<String> theirEdges = versionEdges(other);
        addDifference(differences, "edges only in this graph", minus(myEdges, theirEdges));
        addDifference(differences, "edges only in the other", minus(theirEdges, myEdges));
        Map<String, Map<String, String>> myStates = updateStates(actual);
        Map<String, Map<String, String>> theirStates = updateStates(other);
        for (String version : mine) {
            if (theirs.contains(version) && !myStates.get(version).equals(theirStates.get(version))) {
                differences.add("the state of " + version + " is " + myStates.get(version) + " here and "
                        + theirStates.get(version) + " in the other");
            }
        }
        if (!differences.isEmpty()) {
            fail("expected a graph equivalent by version to the other, but " + String.join("; ", differences));
        }
        return myself;
    }

    private static void addDifference(List<String> differences, String what, List<String> items) {
        if (!items.isEmpty()) {
            differences.add(what + ": " + items);
        }
    }

    private static List<String> minus(Set<String> from, Set<String> removed) {
        return from.stream().filter(item -> !removed.contains(item)).collect(Collectors.toList());
    }

    private static Set<String> versionEdges(CincinnatiGraph graph) {
        Set<String> edges = new LinkedHashSet<>();
        for (GraphEdge edge : graph.edges()) {
            edges.add(graph.nodes().get(edge.source()).version() + " -> "
                    + graph.nodes().get(edge.target()).version());
        }
        return edges;
    }

    /** The updates metadata of every version, the last node's for a repeated version. */
    private static Map<String, Map<String, String>> updateStates(CincinnatiGraph graph) {
        Map<String, Map<String, String>> states = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            Map<String, String> state = new TreeMap<>();
            node.metadata().forEach((key, value) -> {
                if (key.startsWith(UPDATES_PREFIX)) {
                    state.put(key.substring(UPDATES_PREFIX.length()), value);
                }
            });
            states.put(node.version(), state);
        }
        return states;
    }

    /** Release order: every node's age_index, or node positions when a node has none. */
    private long[] ages() {
        long[] ages = new long[actual.nodes().size()];
        for (int i = 0; i < ages.length; i++) {
            OptionalLong age = NodeMetadata.ageIndex(actual.nodes().get(i));
            if (age.isEmpty()) {
                return IntStream.range(0, ages.length).asLongStream().toArray();
            }
            ages[i] = age.getAsLong();
        }
        return ages;
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

    private boolean edgeExists(String source, String target) {
        for (GraphEdge edge : actual.edges()) {
            if (versionAt(edge.source()).equals(source)
                    && versionAt(edge.target()).equals(target)) {
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
