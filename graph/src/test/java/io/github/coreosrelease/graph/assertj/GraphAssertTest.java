/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class GraphAssertTest {
    private static final String AGE = NodeMetadata.AGE_INDEX;
    private static final String NODES = "[39.1, 40.1, 41.1, 41.2]";

    private static GraphNode node(String version, int age) {
        return GraphNode.builder()
                .version(version)
                .payload("p" + version)
                .putMetadata(AGE, Integer.toString(age))
                .build();
    }

    /** 39.1 -> 41.1, 40.1 -> 41.2, 41.1 -> 41.2. */
    private static final CincinnatiGraph GRAPH = CincinnatiGraph.builder()
            .addNodes(node("39.1", 0), node("40.1", 1), node("41.1", 2), node("41.2", 3))
            .addEdges(GraphEdge.of(0, 2), GraphEdge.of(1, 3), GraphEdge.of(2, 3))
            .build();

    private static GraphAssert assertGraph() {
        return CoreosAssertions.assertThat(GRAPH);
    }

    private static void assertFails(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void hasNode() {
        assertThat(assertGraph().hasNode("41.1")).isInstanceOf(GraphAssert.class);
        assertFails(() -> assertGraph().hasNode("42.1"), "expected node 42.1, but the graph has nodes " + NODES);
    }

    @Test
    void hasNodes() {
        assertGraph().hasNodes("41.2", "39.1").hasNodes();
        assertFails(
                () -> assertGraph().hasNodes("39.1", "42.1", "43.1"),
                "expected nodes [39.1, 42.1, 43.1], but the graph lacks [42.1, 43.1]; its nodes are " + NODES);
    }

    @Test
    void hasEdge() {
        assertGraph().hasEdge("40.1", "41.2").hasEdge("39.1", "41.1");
        assertFails(
                () -> assertGraph().hasEdge("40.1", "41.1"),
                "expected edge 40.1 -> 41.1, but 40.1 has edges to [41.2]; edges into 41.1: [39.1 -> 41.1]");
        assertFails(
                () -> assertGraph().hasEdge("41.2", "39.1"),
                "expected edge 41.2 -> 39.1, but 41.2 has edges to []; edges into 39.1: []");
        assertFails(
                () -> assertGraph().hasEdge("40.1", "42.1"),
                "expected edge 40.1 -> 42.1, but the graph has no node 42.1; its nodes are " + NODES);
    }

    @Test
    void hasNoEdge() {
        assertGraph().hasNoEdge("40.1", "41.1").hasNoEdge("41.2", "39.1");
        assertFails(
                () -> assertGraph().hasNoEdge("41.1", "41.2"),
                "expected no edge 41.1 -> 41.2, but it exists; 41.1 has edges to [41.2]; edges into 41.2:"
                        + " [40.1 -> 41.2, 41.1 -> 41.2]");
        assertFails(
                () -> assertGraph().hasNoEdge("38.1", "41.1"),
                "expected no edge 38.1 -> 41.1, but the graph has no node 38.1; its nodes are " + NODES);
    }

    @Test
    void hasNoEdgesFrom() {
        assertGraph().hasNoEdgesFrom("41.2");
        assertFails(
                () -> assertGraph().hasNoEdgesFrom("41.1"),
                "expected no edges from 41.1, but 41.1 has edges to [41.2]");
        assertFails(
                () -> assertGraph().hasNoEdgesFrom("42.1"),
                "expected no edges from 42.1, but the graph has no node 42.1; its nodes are " + NODES);
    }

    @Test
    void hasEdgeCount() {
        assertGraph().hasEdgeCount(3);
        assertFails(
                () -> assertGraph().hasEdgeCount(2),
                "expected 2 edges, but the graph has 3: [39.1 -> 41.1, 40.1 -> 41.2, 41.1 -> 41.2]");
    }

    @Test
    void isAcyclic() {
        assertGraph().isAcyclic();
        CincinnatiGraph cyclic = CincinnatiGraph.builder()
                .from(GRAPH)
                .addEdges(GraphEdge.of(2, 1), GraphEdge.of(1, 2))
                .build();
        assertFails(
                () -> CoreosAssertions.assertThat(cyclic).isAcyclic(),
                "expected an acyclic graph, but it has the cycle 41.1 -> 40.1 -> 41.1");
    }

    @Test
    void everyNodeReaches() {
        assertGraph().everyNodeReaches("41.2");
        assertFails(
                () -> assertGraph().everyNodeReaches("41.1"),
                "expected every node but the dead-ends to reach 41.1, but [40.1, 41.2] cannot; 40.1 has edges to"
                        + " [41.2], 41.2 has edges to []; edges into 41.1: [39.1 -> 41.1]");
        assertFails(
                () -> assertGraph().everyNodeReaches("42.1"),
                "expected every node but the dead-ends to reach 42.1, but the graph has no node 42.1; its nodes are "
                        + NODES);
    }

    /** 39.1 -> 41.2, 40.1 (a dead-end) with no edge, 41.1 (a barrier) -> 41.2; edge 39.1 -> 41.2 skips 41.1. */
    private static final CincinnatiGraph WITH_DEAD_END_AND_BARRIER = CincinnatiGraph.builder()
            .addNodes(
                    node("39.1", 0),
                    GraphNode.builder()
                            .from(node("40.1", 1))
                            .putMetadata(NodeMetadata.DEADEND, "true")
                            .putMetadata(NodeMetadata.DEADEND_REASON, "r")
                            .build(),
                    GraphNode.builder()
                            .from(node("41.1", 2))
                            .putMetadata(NodeMetadata.BARRIER, "true")
                            .build(),
                    node("41.2", 3))
            .addEdges(GraphEdge.of(0, 3), GraphEdge.of(2, 3))
            .build();

    @Test
    void everyNodeReachesExemptsDeadEndsUnlessTheyAreIncluded() {
        CoreosAssertions.assertThat(WITH_DEAD_END_AND_BARRIER)
                .hasNoEdgesFrom("40.1")
                .everyNodeReaches("41.2");
        assertFails(
                () -> CoreosAssertions.assertThat(WITH_DEAD_END_AND_BARRIER).everyNodeIncludingDeadEndsReaches("41.2"),
                "expected every node, dead-ends included, to reach 41.2, but [40.1] cannot; 40.1 has edges to [];"
                        + " edges into 41.2: [39.1 -> 41.2, 41.1 -> 41.2]");
        assertFails(
                () -> CoreosAssertions.assertThat(WITH_DEAD_END_AND_BARRIER).everyNodeReaches("41.1"),
                "expected every node but the dead-ends to reach 41.1, but [39.1, 41.2] cannot; 39.1 has edges to"
                        + " [41.2], 41.2 has edges to []; edges into 41.1: []");
    }

    @Test
    void respectsBarriers() {
        assertGraph().respectsBarriers(); // no barrier at all
        CoreosAssertions.assertThat(CincinnatiGraph.builder()
                        .from(WITH_DEAD_END_AND_BARRIER)
                        .edges(List.of(GraphEdge.of(0, 2), GraphEdge.of(2, 3)))
                        .build())
                .respectsBarriers();
        assertFails(
                () -> CoreosAssertions.assertThat(WITH_DEAD_END_AND_BARRIER).respectsBarriers(),
                "expected every update to pass through the barriers [41.1], but 39.1 -> 41.2 skips barrier 41.1");
    }

    @Test
    void respectsBarriersNamesEverySkippedBarrierInReleaseOrder() {
        // Positions out of release order: the age_index decides which barriers an edge jumps.
        CincinnatiGraph graph = CincinnatiGraph.builder()
                .addNodes(
                        node("43.1", 4),
                        barrier(node("41.1", 2)),
                        node("39.1", 0),
                        barrier(node("40.1", 1)),
                        barrier(node("42.1", 3)))
                .addEdges(GraphEdge.of(2, 0), GraphEdge.of(2, 3), GraphEdge.of(3, 1), GraphEdge.of(1, 4))
                .build();

        assertFails(
                () -> CoreosAssertions.assertThat(graph).respectsBarriers(),
                "expected every update to pass through the barriers [40.1, 41.1, 42.1], but 39.1 -> 43.1 skips"
                        + " barriers 40.1, 41.1, 42.1");
    }

    private static GraphNode barrier(GraphNode node) {
        return GraphNode.builder()
                .from(node)
                .putMetadata(NodeMetadata.BARRIER, "true")
                .build();
    }

    @Test
    void isEquivalentToComparesVersionsEdgesAndStatesNotPayloads() {
        CincinnatiGraph oci = CincinnatiGraph.builder()
                .addNodes(
                        GraphNode.builder()
                                .from(node("41.2", 3))
                                .payload("quay.io/x@sha256:b")
                                .build(),
                        GraphNode.builder()
                                .from(node("39.1", 0))
                                .payload("quay.io/x@sha256:a")
                                .build(),
                        node("40.1", 1),
                        node("41.1", 2))
                .addEdges(GraphEdge.of(1, 3), GraphEdge.of(2, 0), GraphEdge.of(3, 0))
                .build();

        assertGraph().isEquivalentTo(oci);
        assertFails(
                () -> CoreosAssertions.assertThat(WITH_DEAD_END_AND_BARRIER).isEquivalentTo(GRAPH),
                "expected a graph equivalent by version to the other, but edges only in this graph: [39.1 -> 41.2];"
                        + " edges only in the other: [39.1 -> 41.1, 40.1 -> 41.2]; the state of 40.1 is"
                        + " {deadend=true, deadend_reason=r} here and {} in the other; the state of 41.1 is"
                        + " {barrier=true} here and {} in the other");
        CincinnatiGraph fewer = CincinnatiGraph.builder()
                .addNodes(node("39.1", 0), node("42.1", 1))
                .build();
        assertFails(
                () -> assertGraph().isEquivalentTo(fewer),
                "expected a graph equivalent by version to the other, but versions only in this graph: [40.1, 41.1,"
                        + " 41.2]; versions only in the other: [42.1]; edges only in this graph: [39.1 -> 41.1, 40.1"
                        + " -> 41.2, 41.1 -> 41.2]");
    }

    @Test
    void hasPayload() {
        assertGraph().hasPayload("40.1", "p40.1");
        assertFails(
                () -> assertGraph().hasPayload("40.1", "p41.1"),
                "expected node 40.1 to have payload p41.1, but it has payload p40.1");
        assertFails(
                () -> assertGraph().hasPayload("42.1", "p42.1"),
                "expected node 42.1 to have payload p42.1, but the graph has no node 42.1; its nodes are " + NODES);
    }

    @Test
    void hasPayloadWithARepeatedVersion() {
        CincinnatiGraph repeated = CincinnatiGraph.builder()
                .addNode(GraphNode.builder().version("x").payload("a").build())
                .addNode(GraphNode.builder().version("x").payload("b").build())
                .build();

        CoreosAssertions.assertThat(repeated).hasPayload("x", "b").hasPayload("x", "a");
        assertFails(
                () -> CoreosAssertions.assertThat(repeated).hasPayload("x", "c"),
                "expected node x to have payload c, but its 2 nodes have payloads [a, b]");
    }

    @Test
    void nodeHasMetadata() {
        assertGraph().nodeHasMetadata("40.1", AGE, "1");
        assertFails(
                () -> assertGraph().nodeHasMetadata("40.1", AGE, "7"),
                "expected node 40.1 to have metadata org.fedoraproject.coreos.releases.age_index=7, but it has"
                        + " org.fedoraproject.coreos.releases.age_index=1");
        assertFails(
                () -> assertGraph().nodeHasMetadata("40.1", NodeMetadata.BARRIER, "true"),
                "expected node 40.1 to have metadata org.fedoraproject.coreos.updates.barrier=true, but it has no key"
                        + " org.fedoraproject.coreos.updates.barrier in"
                        + " {org.fedoraproject.coreos.releases.age_index=1}");
        assertFails(
                () -> assertGraph().nodeHasMetadata("42.1", AGE, "4"),
                "expected node 42.1 to have metadata org.fedoraproject.coreos.releases.age_index=4, but the graph has"
                        + " no node 42.1; its nodes are " + NODES);
    }

    @Test
    void failuresKeepTheDescriptionAndPercentSigns() {
        CincinnatiGraph odd = CincinnatiGraph.builder()
                .addNode(GraphNode.builder().version("4%d").payload("p").build())
                .build();

        assertFails(
                () -> CoreosAssertions.assertThat(odd).as("odd graph").hasNoEdge("4%d", "5%s"),
                "[odd graph] expected no edge 4%d -> 5%s, but the graph has no node 5%s; its nodes are [4%d]");
    }

    @Test
    void nullGraphFails() {
        assertFails(() -> CoreosAssertions.assertThat(null).hasNode("1"), "\nExpecting actual not to be null");
    }

    @Test
    void assertionsChain() {
        assertGraph()
                .hasNodes("39.1", "40.1", "41.1", "41.2")
                .hasEdge("39.1", "41.1")
                .hasNoEdgesFrom("41.2")
                .hasEdgeCount(3)
                .isAcyclic()
                .everyNodeReaches("41.2")
                .everyNodeIncludingDeadEndsReaches("41.2")
                .respectsBarriers()
                .isEquivalentTo(GRAPH)
                .hasPayload("41.2", "p41.2")
                .nodeHasMetadata("41.2", AGE, "3");
    }
}
