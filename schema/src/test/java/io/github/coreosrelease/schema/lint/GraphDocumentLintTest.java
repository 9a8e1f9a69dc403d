/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V1;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Linter#lintGraphDocument}: each rule on a small graph document that triggers it and on a
 * near miss that does not.
 */
class GraphDocumentLintTest {
    private static final String NAME = "g.json";
    private static final String KEY = "org.fedoraproject.coreos.";
    private static final String V5 = "41.20241122.3.0";

    private final Linter linter = Linter.at(NOW);

    /** A node with scheme checksum, the given age_index and further metadata (key suffix, value). */
    private static String node(String version, int age, String... metadata) {
        StringBuilder json = new StringBuilder("{\"version\": \"" + version + "\", \"payload\": \"p" + age
                + "\", \"metadata\": {\"" + KEY + "releases.age_index\": \"" + age + "\", \"" + KEY
                + "scheme\": \"checksum\"");
        for (int i = 0; i < metadata.length; i += 2) {
            json.append(", \"")
                    .append(KEY)
                    .append(metadata[i])
                    .append("\": \"")
                    .append(metadata[i + 1])
                    .append('"');
        }
        return json.append("}}").toString();
    }

    private static String graph(List<String> nodes, String edges) {
        return "{\"nodes\": [" + String.join(", ", nodes) + "], \"edges\": " + edges + "}";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> lint(String json) {
        return linter.lintGraphDocument(bytes(json), NAME).stream()
                .map(Finding::describe)
                .toList();
    }

    private static List<String> nodes(String... versions) {
        return Stream.iterate(0, i -> i + 1)
                .limit(versions.length)
                .map(i -> node(versions[i], i))
                .toList();
    }

    @Test
    void aSoundGraphHasNoFindings() {
        List<String> nodes = List.of(
                node(V1, 0),
                node(V2, 1, "updates.barrier", "true", "updates.barrier_reason", "https://x/1"),
                node(V3, 2),
                node(V4, 3, "updates.rollout", "true"));

        assertThat(lint(graph(nodes, "[[0, 1], [1, 3], [2, 3]]"))).isEmpty();
    }

    @Test
    void edgeOutOfRangeSaysWhichEdgeWhichIndexAndHowManyNodes() {
        String json = graph(nodes(V1, V2), "[[0, 1], [0, 5]]");

        assertThat(linter.lintGraphDocument(bytes(json), NAME))
                .containsExactly(Finding.builder()
                        .rule(LintRule.GRAPH_EDGE_OUT_OF_RANGE)
                        .location(GraphDocumentLocation.builder()
                                .document(NAME)
                                .pointer("/edges/1")
                                .build())
                        .message("edge [0, 5] names node index 5, but the graph has 2 nodes (indexes 0 to 1)")
                        .build());
        assertThat(lint(graph(nodes(V1, V2), "[[0, 1]]"))).isEmpty();
    }

    @Test
    void theTypedReaderRefusesWhatLintReports() {
        String json = "{\"nodes\":[{\"version\":\"1\",\"payload\":\"a\",\"metadata\":{}}],\"edges\":[[0,5]]}";

        assertThat(linter.lintGraphDocument(bytes(json)).stream().map(Finding::describe))
                .containsExactly(
                        "error graph-node-invalid graph@1: node 0 (1): scheme missing; update clients refuse such a"
                                + " node",
                        "error graph-edge-out-of-range graph#/edges/0: edge [0, 5] names node index 5, but the graph"
                                + " has 1 node (index 0)");
        assertThatThrownBy(() -> DocumentReader.standard().read(DocumentType.GRAPH, bytes(json)))
                .isInstanceOf(DocumentException.class)
                .hasMessage("graph: /edges/0/1: expected a node index below 1, found 5 (line 1, column 68)");
    }

    @Test
    void edgeOutOfRangeAtEitherEndOrBoth() {
        assertThat(lint(graph(List.of(), "[[3, 3], [0, 1]]")))
                .containsExactly(
                        "error graph-edge-out-of-range g.json#/edges/0: edge [3, 3] names node index 3, but the graph"
                                + " has no nodes",
                        "error graph-edge-out-of-range g.json#/edges/1: edge [0, 1] names node indexes 0 and 1, but"
                                + " the graph has no nodes");
        assertThat(lint(graph(nodes(V1, V2, V3), "[[4, 2], [0, 2], [1, 2]]")))
                .containsExactly("error graph-edge-out-of-range g.json#/edges/0: edge [4, 2] names node index 4, but"
                        + " the graph has 3 nodes (indexes 0 to 2)");
    }

    @Test
    void theEdgesInRangeAreStillLinted() {
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2], [1, 9]]")))
                .containsExactly(
                        "error graph-edge-out-of-range g.json#/edges/1: edge [1, 9] names node index 9, but the graph"
                                + " has 3 nodes (indexes 0 to 2)",
                        "error graph-stranded g.json@40.20240504.3.0: no update path leads from 40.20240504.3.0 to the"
                                + " newest release 41.20241027.3.0 (no update edge leaves it)");
    }

    @Test
    void anEdgeListedTwice() {
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2], [1, 2], [0, 2]]")))
                .containsExactly(
                        "warning graph-duplicate-edge g.json#/edges/2: edge [0, 2] is also listed at" + " /edges/0");
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2], [1, 2], [0, 1]]"))).isEmpty();
    }

    @Test
    void aVersionListedTwice() {
        String twice = graph(List.of(node(V1, 0), node(V2, 1), node(V1, 2)), "[[0, 2], [1, 2]]");

        assertThat(linter.lintGraphDocument(bytes(twice), NAME))
                .containsExactly(Finding.of(
                        LintRule.GRAPH_DUPLICATE_VERSION,
                        GraphDocumentLocation.ofNode(NAME, 2, V1),
                        "node /nodes/2 repeats version 40.20240416.3.0 of node /nodes/0; a version must name one"
                                + " release"));
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2], [1, 2]]"))).isEmpty();
    }

    static Stream<List<String>> invalidNodes() {
        String v = "{\"version\": \"" + V1 + "\", \"payload\": ";
        String age = "\"" + KEY + "releases.age_index\": \"0\"";
        String checksum = "\"" + KEY + "scheme\": \"checksum\"";
        return Stream.of(
                List.of(v + "\"p\", \"metadata\": {" + age + "}}", "g.json@" + V1, "scheme missing"),
                List.of(
                        v + "\"p\", \"metadata\": {" + age + ", \"" + KEY + "scheme\": \"ostree\"}}",
                        "g.json@" + V1,
                        "scheme \"ostree\" is unknown, expected \"checksum\" or \"oci\""),
                List.of(
                        v + "\"a b\", \"metadata\": {" + age + ", \"" + KEY + "scheme\": \"oci\"}}",
                        "g.json@" + V1,
                        "oci payload \"a b\" is not an image reference: expected path components of lowercase"
                                + " [a-z0-9] joined by '.', '_', '__' or '-', but found U+0020 in component \"a b\""),
                List.of(v + "\"p\", \"metadata\": {" + checksum + "}}", "g.json@" + V1, "age_index missing"),
                List.of(
                        v + "\"p\", \"metadata\": {" + checksum + ", \"" + KEY + "releases.age_index\": \"-1\"}}",
                        "g.json@" + V1,
                        "age_index \"-1\" is not an unsigned integer up to 9223372036854775807"),
                List.of(v + "\"\", \"metadata\": {" + age + ", " + checksum + "}}", "g.json@" + V1, "payload is empty"),
                List.of(
                        "{\"version\": \"\", \"payload\": \"p\", \"metadata\": {" + age + ", " + checksum + "}}",
                        "g.json#/nodes/0",
                        "version is empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidNodes")
    void aNodeThatClientsRefuse(List<String> example) {
        String node = example.get(0);
        String name = example.get(2).equals("version is empty") ? "node 0: " : "node 0 (" + V1 + "): ";

        assertThat(lint(graph(List.of(node), "[]")))
                .containsExactly("error graph-node-invalid " + example.get(1) + ": " + name + example.get(2)
                        + "; update clients refuse such a node");
    }

    @Test
    void aSoundOciNodeIsValid() {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        String oci = "{\"version\": \"" + V1 + "\", \"payload\": \"quay.io/fedora/fedora-coreos@" + digest
                + "\", \"metadata\": {\"" + KEY + "releases.age_index\": \"0\", \"" + KEY + "scheme\": \"oci\"}}";

        assertThat(lint(graph(List.of(oci), "[]"))).isEmpty();
    }

    @Test
    void graphCycleAndASelfLoop() {
        assertThat(lint(graph(nodes(V3, V4, V5), "[[0, 1], [1, 2], [2, 1]]")))
                .containsExactly("error graph-cycle g.json@41.20241109.3.0: updates lead in a cycle: 41.20241109.3.0"
                        + " -> 41.20241122.3.0 -> 41.20241109.3.0");
        assertThat(lint(graph(nodes(V3, V4), "[[0, 1], [1, 1]]")))
                .containsExactly("error graph-cycle g.json@41.20241109.3.0: updates lead in a cycle: 41.20241109.3.0"
                        + " -> 41.20241109.3.0");
        assertThat(lint(graph(nodes(V3, V4, V5), "[[0, 1], [1, 2], [0, 2]]"))).isEmpty();
    }

    @Test
    void graphDowngrade() {
        assertThat(lint(graph(nodes(V1, V3, "40.20241101.3.0"), "[[0, 2], [1, 2]]")))
                .containsExactly("error graph-downgrade g.json@41.20241027.3.0: update edge 41.20241027.3.0 ->"
                        + " 40.20241101.3.0 goes from Fedora 41 down to Fedora 40");
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2], [1, 2]]"))).isEmpty();
    }

    @Test
    void graphStranded() {
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 2]]")))
                .containsExactly("error graph-stranded g.json@40.20240504.3.0: no update path leads from"
                        + " 40.20240504.3.0 to the newest release 41.20241027.3.0 (no update edge leaves it)");
        assertThat(lint(graph(nodes(V1, V2, V3), "[[0, 1], [1, 2]]"))).isEmpty();
    }

    @Test
    void newestNotOffered() {
        assertThat(lint(graph(nodes(V1, V2), "[]")))
                .containsExactly("warning newest-not-offered g.json@40.20240504.3.0: no release can update to the"
                        + " newest release 40.20240504.3.0: it is neither a barrier nor a rollout, so the 1 other"
                        + " release is stranded");
        assertThat(lint(graph(nodes(V1), "[]"))).isEmpty();
    }

    @Test
    void deadEndWithoutReason() {
        assertThat(lint(graph(List.of(node(V1, 0, "updates.deadend", "true")), "[]")))
                .containsExactly("warning deadend-without-reason g.json@40.20240416.3.0: dead-end 40.20240416.3.0"
                        + " gives no reason; say why nodes stay there, usually with a tracker link");
        assertThat(lint(graph(
                        List.of(node(V1, 0, "updates.deadend", "true", "updates.deadend_reason", "https://x/1")),
                        "[]")))
                .isEmpty();
    }

    @Test
    void findingsComeNodesFirstThenEdgesThenTheGraphRules() {
        String json = graph(
                List.of(node(V1, 0), node(V2, 1), node(V1, 2, "updates.deadend", "true")), "[[0, 2], [0, 3], [0, 2]]");

        assertThat(lint(json))
                .containsExactly(
                        "error graph-duplicate-version g.json@40.20240416.3.0: node /nodes/2 repeats version"
                                + " 40.20240416.3.0 of node /nodes/0; a version must name one release",
                        "error graph-edge-out-of-range g.json#/edges/1: edge [0, 3] names node index 3, but the graph"
                                + " has 3 nodes (indexes 0 to 2)",
                        "warning graph-duplicate-edge g.json#/edges/2: edge [0, 2] is also listed at /edges/0",
                        "error graph-stranded g.json@40.20240504.3.0: no update path leads from 40.20240504.3.0 to the"
                                + " newest release 40.20240416.3.0 (no update edge leaves it)",
                        "warning deadend-without-reason g.json@40.20240416.3.0: dead-end 40.20240416.3.0 gives no"
                                + " reason; say why nodes stay there, usually with a tracker link");
    }

    @Test
    void theGraphRulesFindTheSameAsOnTheTypedGraph() {
        String json = graph(
                List.of(node(V1, 0), node(V3, 1), node("40.20241101.3.0", 2, "updates.deadend", "true")),
                "[[0, 2], [1, 2], [2, 2]]");
        CincinnatiGraph typed = DocumentReader.standard().read(DocumentType.GRAPH, bytes(json));

        List<String> typedFindings = linter.lintGraph(Scope.of("s", "x86_64", false), typed).stream()
                .map(f -> f.ruleId() + " " + f.severity().label() + " " + f.message())
                .toList();
        assertThat(typedFindings).hasSize(3);
        assertThat(linter.lintGraphDocument(bytes(json), NAME).stream()
                        .map(f -> f.ruleId() + " " + f.severity().label() + " " + f.message()))
                .containsExactlyElementsOf(typedFindings);
    }

    static Stream<String> unreadable() {
        return Stream.of(
                "",
                "{",
                "[]",
                "{\"nodes\": []}",
                "{\"edges\": []}",
                "{\"nodes\": [], \"edges\": {}}",
                "{\"nodes\": [], \"edges\": [], \"edges\": []}",
                "{\"nodes\": [], \"edges\": [[0, 1, 2]]}",
                "{\"nodes\": [], \"edges\": [[0]]}",
                "{\"nodes\": [], \"edges\": [[-1, 0]]}",
                "{\"nodes\": [], \"edges\": [[\"0\", 0]]}",
                "{\"nodes\": [], \"edges\": [[0.5, 0]]}",
                "{\"nodes\": [], \"edges\": [7]}",
                "{\"nodes\": [{\"version\": \"1\", \"metadata\": {}}], \"edges\": []}",
                "{\"nodes\": [{\"version\": \"1\", \"payload\": \"a\", \"metadata\": {\"k\": 1}}],\n \"edges\": []}",
                "{\"nodes\": {}, \"edges\": [[0, 1]]}");
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void whatTheReaderRefusesLintRefusesWithTheSameError(String json) {
        DocumentException expected = null;
        try {
            DocumentReader.standard().read(DocumentType.GRAPH, bytes(json));
        } catch (DocumentException e) {
            expected = e;
        }
        assertThat(expected).as("the reader refuses %s", json).isNotNull();
        String message = expected.getMessage();

        assertThatThrownBy(() -> linter.lintGraphDocument(bytes(json), NAME))
                .isInstanceOf(DocumentException.class)
                .hasMessage(message);
    }

    @Test
    void anUnreadableEdgeAfterOneOutOfRangeIsStillAnError() {
        assertThatThrownBy(() -> linter.lintGraphDocument(bytes("{\"nodes\": [],\n\"edges\": [[0, 1], [0]]}")))
                .isInstanceOf(DocumentException.class)
                .hasMessage("graph: /edges/1: expected an edge [source, target], found an array of 1 elements (line 2,"
                        + " column 19)");
    }
}
