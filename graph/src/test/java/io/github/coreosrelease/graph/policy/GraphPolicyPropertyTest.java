/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the serving policy on random graphs, from a fixed seed. */
class GraphPolicyPropertyTest {
    private static final String[] EPOCHS = {"0", "1000", "2000", "-50", "soon", "9223372036854775807"};
    private static final String[] VALUES = {"0", "0.25", "0.5", "1", "1.5", "-0.5", "NaN", "x"};
    private static final String[] MINUTES = {"0", "1", "10", "2880", "18446744073709551615", "-1"};

    @Test
    void servedEdgesAreAnOrderedSubsetWithoutHiddenTargetsOrDeadEndSources() {
        Random random = new Random(20241215L);
        for (int round = 0; round < 500; round++) {
            CincinnatiGraph graph = randomGraph(random);
            CincinnatiGraph copy = CincinnatiGraph.builder().from(graph).build();
            double wariness = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
            long now = random.nextInt(3000) - 100L;

            HiddenRollouts hidden = GraphPolicy.hiddenTargets(graph, wariness, now);
            CincinnatiGraph served = GraphPolicy.apply(graph, wariness, now);

            assertThat(graph).isEqualTo(copy);
            assertThat(served.nodes()).isEqualTo(graph.nodes());
            assertThat(isOrderedSubsequence(served.edges(), graph.edges()))
                    .as("round %d: %s is not a subsequence of %s", round, served.edges(), graph.edges())
                    .isTrue();
            for (GraphEdge edge : served.edges()) {
                assertThat(hidden.contains(edge.target())).isFalse();
                assertThat(NodeMetadata.isDeadEnd(graph.nodes().get(edge.source())))
                        .isFalse();
            }
            // Every removed edge had a reason to go.
            for (GraphEdge edge : graph.edges()) {
                boolean removed = !served.edges().contains(edge);
                boolean reason = hidden.contains(edge.target())
                        || NodeMetadata.isDeadEnd(graph.nodes().get(edge.source()));
                assertThat(removed).isEqualTo(reason);
            }
            assertThat(GraphPolicy.apply(graph, hidden)).isEqualTo(served);
        }
    }

    @Test
    void atOneInstantKIncompleteRolloutsGiveAtMostKPlusOneHiddenSets() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            CincinnatiGraph graph = randomGraph(random);
            long now = random.nextInt(3000) - 100L;
            int incomplete = 0;
            for (GraphNode node : graph.nodes()) {
                var schedule = RolloutSchedules.fromNode(node);
                if (schedule.isPresent() && schedule.get().throttlingAt(now) < 1.0) {
                    incomplete++;
                }
            }
            Set<HiddenRollouts> distinct = new HashSet<>();
            for (int client = 0; client <= 1000; client++) {
                distinct.add(GraphPolicy.hiddenTargets(graph, client / 1000.0, now));
            }
            assertThat(distinct.size()).isLessThanOrEqualTo(incomplete + 1);
        }
    }

    private static boolean isOrderedSubsequence(List<GraphEdge> part, List<GraphEdge> whole) {
        int i = 0;
        for (GraphEdge edge : whole) {
            if (i < part.size() && part.get(i).equals(edge)) {
                i++;
            }
        }
        return i == part.size();
    }

    private static CincinnatiGraph randomGraph(Random random) {
        int size = random.nextInt(12);
        CincinnatiGraph.Builder builder = CincinnatiGraph.builder();
        for (int i = 0; i < size; i++) {
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(NodeMetadata.AGE_INDEX, Integer.toString(i));
            if (random.nextInt(3) == 0) {
                metadata.put(NodeMetadata.ROLLOUT, "true");
                if (random.nextBoolean()) {
                    metadata.put(NodeMetadata.START_EPOCH, EPOCHS[random.nextInt(EPOCHS.length)]);
                }
                if (random.nextBoolean()) {
                    metadata.put(NodeMetadata.START_VALUE, VALUES[random.nextInt(VALUES.length)]);
                }
                if (random.nextBoolean()) {
                    metadata.put(NodeMetadata.DURATION_MINUTES, MINUTES[random.nextInt(MINUTES.length)]);
                }
            }
            if (random.nextInt(5) == 0) {
                metadata.put(NodeMetadata.DEADEND, random.nextInt(4) == 0 ? "false" : "true");
            }
            builder.addNode(GraphNode.builder()
                    .version("v" + i)
                    .payload("p" + i)
                    .metadata(metadata)
                    .build());
        }
        List<GraphEdge> edges = new ArrayList<>();
        if (size > 0) {
            int count = random.nextInt(size * size + 1);
            for (int e = 0; e < count; e++) {
                edges.add(GraphEdge.of(random.nextInt(size), random.nextInt(size)));
            }
        }
        return builder.edges(edges).build();
    }
}
