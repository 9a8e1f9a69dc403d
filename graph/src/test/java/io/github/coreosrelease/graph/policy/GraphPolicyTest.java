/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.graph.NodeMetadata;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphPolicyTest {
    /**
     * Five nodes, edges as the builder makes them plus two edges out of the dead-end (which the
     * policy must remove again):
     *
     * <ul>
     *   <li>0: plain release;
     *   <li>1: barrier;
     *   <li>2: dead-end;
     *   <li>3: rollout from t=1000 at 0.2, over 10 minutes (complete at t=1600);
     *   <li>4: rollout from t=2000 at 0.5, without duration.
     * </ul>
     */
    static final CincinnatiGraph GRAPH = CincinnatiGraph.builder()
            .addNode(node("40.1", 0))
            .addNode(node("40.2", 1, NodeMetadata.BARRIER, "true"))
            .addNode(node("40.3", 2, NodeMetadata.DEADEND, "true", NodeMetadata.DEADEND_REASON, "broken"))
            .addNode(node(
                    "41.1",
                    3,
                    NodeMetadata.ROLLOUT,
                    "true",
                    NodeMetadata.START_EPOCH,
                    "1000",
                    NodeMetadata.START_VALUE,
                    "0.2",
                    NodeMetadata.DURATION_MINUTES,
                    "10"))
            .addNode(node(
                    "41.2",
                    4,
                    NodeMetadata.ROLLOUT,
                    "true",
                    NodeMetadata.START_EPOCH,
                    "2000",
                    NodeMetadata.START_VALUE,
                    "0.5"))
            .addEdges(edge(0, 1), edge(1, 3), edge(1, 4), edge(2, 3), edge(2, 4), edge(3, 4))
            .build();

    static GraphNode node(String version, int age, String... metadata) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(NodeMetadata.AGE_INDEX, Integer.toString(age));
        map.put(NodeMetadata.SCHEME, NodeMetadata.SCHEME_CHECKSUM);
        for (int i = 0; i < metadata.length; i += 2) {
            map.put(metadata[i], metadata[i + 1]);
        }
        return GraphNode.builder()
                .version(version)
                .payload("payload-" + version)
                .metadata(map)
                .build();
    }

    static GraphEdge edge(int source, int target) {
        return GraphEdge.of(source, target);
    }

    static String edges(CincinnatiGraph graph) {
        List<String> out = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            out.add("[" + edge.source() + "," + edge.target() + "]");
        }
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "now={0} wariness={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Before both rollouts: throttling 0 for both; only a canary (0) sees them.
                "999  | 0.0  | [0,1] [1,3] [1,4] [3,4]",
                "999  | 0.5  | [0,1]",
                // Rollout 3 is at 0.2 at its start, rollout 4 not started.
                "1000 | 0.2  | [0,1] [1,3]",
                "1000 | 0.21 | [0,1]",
                // Rollout 3 at 0.6 halfway through.
                "1300 | 0.5  | [0,1] [1,3]",
                "1300 | 0.7  | [0,1]",
                // Rollout 3 complete, rollout 4 stuck at 0.5: equal wariness sees it.
                "2000 | 0.5  | [0,1] [1,3] [1,4] [3,4]",
                "2000 | 0.51 | [0,1] [1,3]",
                "2000 | 1.0  | [0,1] [1,3]",
                "9000 | 0.0  | [0,1] [1,3] [1,4] [3,4]",
            })
    void removesHiddenRolloutTargetsAndDeadEndSources(long now, double wariness, String expected) {
        assertThat(edges(GRAPH)).isEqualTo("[0,1] [1,3] [1,4] [2,3] [2,4] [3,4]");

        CincinnatiGraph served = GraphPolicy.apply(GRAPH, wariness, now);

        assertThat(edges(served)).isEqualTo(expected);
        assertThat(served.nodes()).isEqualTo(GRAPH.nodes());
        assertThat(edges(GRAPH)).isEqualTo("[0,1] [1,3] [1,4] [2,3] [2,4] [3,4]");
    }

    @ParameterizedTest(name = "now={0} wariness={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "999  | 0.0  | ''",
                "999  | 0.5  | 3 4",
                "1300 | 0.5  | 4",
                "1300 | 0.7  | 3 4",
                "2000 | 0.5  | ''",
                "2000 | 1.0  | 4",
            })
    void hiddenTargetsAreTheRolloutsAboveTheirThrottling(long now, double wariness, String expected) {
        HiddenRollouts hidden = GraphPolicy.hiddenTargets(GRAPH, wariness, now);

        List<String> positions = new ArrayList<>();
        hidden.positions().forEach(p -> positions.add(Integer.toString(p)));
        assertThat(String.join(" ", positions)).isEqualTo(expected);
        assertThat(GraphPolicy.apply(GRAPH, hidden)).isEqualTo(GraphPolicy.apply(GRAPH, wariness, now));
    }

    @Test
    void takesTheTimeAsAnInstantOrFromAClockInWholeSeconds() {
        Instant halfway = Instant.ofEpochSecond(1300, 999_999_999);

        assertThat(edges(GraphPolicy.apply(GRAPH, 0.5, halfway))).isEqualTo("[0,1] [1,3]");
        assertThat(edges(GraphPolicy.apply(GRAPH, 0.7, halfway))).isEqualTo("[0,1]");
        assertThat(edges(GraphPolicy.apply(GRAPH, 0.5, Clock.fixed(halfway, ZoneOffset.UTC))))
                .isEqualTo("[0,1] [1,3]");
        assertThat(edges(GraphPolicy.apply(GRAPH, 0.5, Instant.ofEpochSecond(999))))
                .isEqualTo("[0,1]");
    }

    @Test
    void resolvesTheWarinessFromTheRequestParametersAsTheServiceDoes() {
        // At t=1300 rollout 3 is offered to wariness up to 0.6; node "a" has 0.44, the other 0.76.
        Clock halfway = Clock.fixed(Instant.ofEpochSecond(1300), ZoneOffset.UTC);
        Optional<String> eager = Optional.of("a");
        Optional<String> cautious = Optional.of("e0f3745b-108f-471c-bd48-83c6fbed8cdd");

        assertThat(edges(GraphPolicy.apply(GRAPH, Optional.empty(), eager, halfway)))
                .isEqualTo("[0,1] [1,3]");
        assertThat(edges(GraphPolicy.apply(GRAPH, Optional.empty(), cautious, halfway)))
                .isEqualTo("[0,1]");
        // A stated rollout_wariness wins over the node UUID; one that is no number does not.
        assertThat(edges(GraphPolicy.apply(GRAPH, Optional.of("0.5"), cautious, halfway)))
                .isEqualTo("[0,1] [1,3]");
        assertThat(edges(GraphPolicy.apply(GRAPH, Optional.of("half"), cautious, halfway)))
                .isEqualTo("[0,1]");
    }

    @Test
    void anEmptyHiddenSetStillRemovesEdgesOutOfDeadEnds() {
        assertThat(edges(GraphPolicy.apply(GRAPH, HiddenRollouts.none()))).isEqualTo("[0,1] [1,3] [1,4] [3,4]");
    }

    @Test
    void keepsNodesAndUnknownFieldsOfTheGraph() {
        CincinnatiGraph withExtra = CincinnatiGraph.builder()
                .from(GRAPH)
                .putExtraField("note", RawJson.of("\"kept\""))
                .build();

        CincinnatiGraph served = GraphPolicy.apply(withExtra, 1.0, 999);

        assertThat(served.extraFields()).containsExactly(Map.entry("note", RawJson.of("\"kept\"")));
        assertThat(served.nodes()).isEqualTo(GRAPH.nodes());
    }

    @Test
    void rejectsAWarinessOutsideTheUnitInterval() {
        assertThatThrownBy(() -> GraphPolicy.apply(GRAPH, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wariness must be a number in [0, 1], got NaN");
        assertThatThrownBy(() -> GraphPolicy.hiddenTargets(GRAPH, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wariness must be a number in [0, 1], got 1.5");
        assertThatThrownBy(() -> GraphPolicy.hiddenTargets(GRAPH, -0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wariness must be a number in [0, 1], got -0.1");
    }

    @Test
    void rejectsAHiddenSetOfALargerGraph() {
        assertThatThrownBy(() -> GraphPolicy.apply(GRAPH, HiddenRollouts.of(List.of(2, 5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden rollout position 5 is outside the 5 nodes of the graph");
    }

    @Test
    void anEmptyGraphStaysEmpty() {
        CincinnatiGraph empty = CincinnatiGraph.builder().build();

        assertThat(GraphPolicy.apply(empty, 0.5, 0)).isEqualTo(empty);
        assertThat(GraphPolicy.hiddenTargets(empty, 0.5, 0)).isEqualTo(HiddenRollouts.none());
    }
}
