/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.testing.Corpus;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphViewTest {
    private static GraphNode node(String version, String payload, String ageIndex) {
        return GraphNode.builder()
                .version(version)
                .payload(payload)
                .putMetadata(NodeMetadata.AGE_INDEX, ageIndex)
                .build();
    }

    private static GraphNode node(String version, int ageIndex) {
        return node(version, "p" + version, Integer.toString(ageIndex));
    }

    private static CincinnatiGraph graph(List<GraphNode> nodes, int... pairs) {
        CincinnatiGraph.Builder graph = CincinnatiGraph.builder().nodes(nodes);
        for (int i = 0; i < pairs.length; i += 2) {
            graph.addEdge(GraphEdge.of(pairs[i], pairs[i + 1]));
        }
        return graph.build();
    }

    private static List<String> versions(List<ReleaseVertex> vertices) {
        return vertices.stream().map(ReleaseVertex::version).collect(Collectors.toList());
    }

    /** 1 -> 2 (barrier), 2 -> 4, 3 -> 4 (rollout), 1 -> 3; 5 stranded. */
    private static final CincinnatiGraph CHAIN = graph(
            List.of(node("1", 0), node("2", 1), node("3", 2), node("4", 3), node("5", 4)), 0, 1, 0, 2, 1, 3, 2, 3);

    @Test
    void verticesAreTheNodesByPositionEvenWhenNodesAreEqual() {
        GraphNode twin = node("1", "same", "0");
        GraphView view = GraphView.of(graph(List.of(twin, twin), 0, 1, 0, 1));

        assertThat(view.graph().vertexSet()).hasSize(2);
        assertThat(view.graph().edgeSet()).hasSize(2);
        assertThat(view.vertices())
                .containsExactly(ReleaseVertex.of(0, twin), ReleaseVertex.of(1, twin))
                .doesNotHaveDuplicates();
        assertThat(view.vertex("1")).hasValue(ReleaseVertex.of(1, twin));
        assertThat(view.graph()
                        .getAllEdges(view.vertices().get(0), view.vertices().get(1)))
                .extracting(ReleaseEdge::position)
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void jgraphtViewFollowsTheEdgeList() {
        GraphView view = GraphView.of(CHAIN);
        ReleaseVertex first = view.vertex("1").orElseThrow();

        assertThat(view.cincinnatiGraph()).isSameAs(CHAIN);
        assertThat(view.graph().getType().isDirected()).isTrue();
        assertThat(view.graph().outgoingEdgesOf(first))
                .containsExactly(
                        ReleaseEdge.of(0, first, view.vertices().get(1)),
                        ReleaseEdge.of(1, first, view.vertices().get(2)));
        assertThat(view.graph().inDegreeOf(view.vertex("4").orElseThrow())).isEqualTo(2);
        assertThat(view.graph().degreeOf(view.vertex("5").orElseThrow())).isZero();
        assertThat(view.vertex("6")).isEmpty();
    }

    @Test
    void jgraphtViewIsUnmodifiable() {
        GraphView view = GraphView.of(CHAIN);
        ReleaseVertex extra = ReleaseVertex.of(9, node("9", 9));

        assertThatThrownBy(() -> view.graph().addVertex(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.graph().removeVertex(view.vertices().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acyclicGraphHasNoCycle() {
        GraphView view = GraphView.of(CHAIN);

        assertThat(view.isAcyclic()).isTrue();
        assertThat(view.findCycle()).isEmpty();
    }

    @Test
    void findsACycleThroughSeveralNodes() {
        // 0 -> 1 -> 2 -> 3 -> 1
        GraphView view = GraphView.of(
                graph(List.of(node("a", 0), node("b", 1), node("c", 2), node("d", 3)), 0, 1, 1, 2, 2, 3, 3, 1));

        assertThat(view.isAcyclic()).isFalse();
        assertThat(versions(view.findCycle().orElseThrow())).containsExactly("b", "c", "d");
    }

    @Test
    void selfLoopIsACycle() {
        GraphView view = GraphView.of(graph(List.of(node("a", 0), node("b", 1)), 0, 1, 1, 1));

        assertThat(view.isAcyclic()).isFalse();
        assertThat(versions(view.findCycle().orElseThrow())).containsExactly("b");
    }

    @Test
    void versionsReachingFollowsPathsOfAnyLength() {
        GraphView view = GraphView.of(CHAIN);

        assertThat(view.versionsReaching("4")).containsExactly("1", "2", "3");
        assertThat(view.versionsReaching("2")).containsExactly("1");
        assertThat(view.versionsReaching("1")).isEmpty();
        assertThat(view.versionsReaching("5")).isEmpty();
    }

    @Test
    void aNodeReachesItselfOnlyOnACycle() {
        GraphView view = GraphView.of(graph(List.of(node("a", 0), node("b", 1)), 0, 1, 1, 0));

        assertThat(view.versionsReaching("a")).containsExactly("a", "b");
    }

    @Test
    void versionsReachingAnUnknownVersionIsAnError() {
        assertThatThrownBy(() -> GraphView.of(CHAIN).versionsReaching("9"))
                .isInstanceOf(GraphException.class)
                .hasMessage("the graph has no node with version 9; expected one of [1, 2, 3, 4, 5]");
    }

    @Test
    void updatePathTakesTheGreatestTargetAtEachHop() {
        GraphView view = GraphView.of(CHAIN);

        assertThat(view.updatePath("1")).containsExactly("1", "3", "4");
        assertThat(view.updatePath("2")).containsExactly("2", "4");
        assertThat(view.updatePath("4")).containsExactly("4");
        assertThat(view.updatePath("5")).containsExactly("5");
    }

    @Test
    void updatePathBreaksAgeTiesByVersionThenPayload() {
        // Targets share age_index 5; "b" > "a" by version, then payload "z" > "y" for the two "b".
        GraphView view = GraphView.of(graph(
                List.of(node("s", "p", "0"), node("a", "q", "5"), node("b", "y", "5"), node("b", "z", "5")),
                0,
                1,
                0,
                2,
                0,
                3));

        List<ReleaseVertex> path = view.updatePath(view.vertices().get(0));

        assertThat(path).extracting(ReleaseVertex::position).containsExactly(0, 3);
    }

    @Test
    void updatePathComparesAgeIndexNumerically() {
        GraphView view = GraphView.of(graph(List.of(node("s", 0), node("x", 9), node("y", 10)), 0, 1, 0, 2));

        assertThat(view.updatePath("s")).containsExactly("s", "y");
    }

    @Test
    void updatePathIntoACycleIsAnError() {
        GraphView view = GraphView.of(graph(List.of(node("a", 0), node("b", 1), node("c", 2)), 0, 1, 1, 2, 2, 1));

        assertThatThrownBy(() -> view.updatePath("a"))
                .isInstanceOf(GraphException.class)
                .hasMessage("the update path from a runs into a cycle: a -> b -> c -> b; expected an acyclic graph");
    }

    @Test
    void updatePathNeedsAValidAgeIndexOnTheTargets() {
        GraphNode broken = GraphNode.builder().version("b").payload("p").build();
        GraphView view = GraphView.of(graph(List.of(node("a", 0), broken, node("c", "p", "x1")), 0, 1, 0, 2));

        assertThatThrownBy(() -> view.updatePath("a"))
                .isInstanceOf(GraphException.class)
                .hasMessage("node 2 (version c) has org.fedoraproject.coreos.releases.age_index \"x1\"; expected an"
                        + " unsigned integer");
        GraphView missing = GraphView.of(graph(List.of(node("a", 0), broken, node("c", 2)), 0, 1, 0, 2));
        assertThatThrownBy(() -> missing.updatePath("a"))
                .isInstanceOf(GraphException.class)
                .hasMessage("node 1 (version b) has no org.fedoraproject.coreos.releases.age_index; expected an"
                        + " unsigned integer");
    }

    @Test
    void ageIndexUpToTheUnsigned64BitMaximumOrders() {
        GraphView view = GraphView.of(
                graph(List.of(node("a", "p", "9223372036854775807"), node("b", "p", "18446744073709551615")), 0, 1));

        assertThat(view.newest()).map(ReleaseVertex::version).hasValue("b");
    }

    @Test
    void newestIsTheGreatestReleaseNotTheLastNode() {
        GraphView view = GraphView.of(graph(List.of(node("a", 3), node("b", 7), node("c", 5))));

        assertThat(view.newest()).map(ReleaseVertex::version).hasValue("b");
        assertThat(GraphView.of(CincinnatiGraph.builder().build()).newest()).isEmpty();
    }

    @Test
    void repeatedVersionMeansTheLastNodeWithIt() {
        GraphView view = GraphView.of(graph(List.of(node("a", 0), node("x", 1), node("x", 2)), 0, 1, 1, 2));

        assertThat(view.vertex("x")).map(ReleaseVertex::position).hasValue(2);
        assertThat(view.versionsReaching("x")).containsExactly("a", "x");
    }

    @Test
    void servedSampleGraph() {
        CincinnatiGraph sample = DocumentReader.standard()
                .read(DocumentType.GRAPH, Corpus.file("tracker-samples/cincinnati-response-sample.json"));
        GraphView view = GraphView.of(sample);

        assertThat(view.isAcyclic()).isTrue();
        assertThat(view.newest()).map(ReleaseVertex::version).hasValue("32.20200601.1.1");
        assertThat(view.versionsReaching("32.20200601.1.1")).containsExactly("32.20200517.1.0", "32.20200601.1.0");
        assertThat(view.updatePath("32.20200517.1.0")).containsExactly("32.20200517.1.0", "32.20200601.1.1");
    }
}
