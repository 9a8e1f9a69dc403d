/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.graph.GraphException;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeRulesTest {
    private static BitSet bits(int... positions) {
        BitSet set = new BitSet();
        for (int position : positions) {
            set.set(position);
        }
        return set;
    }

    @Test
    void edgesComeOutSortedBySourceThenTarget() {
        // 0, 1 rollout, 2 barrier, 3 rolling barrier, 4, 5 rollout; 4 is a dead-end.
        List<GraphEdge> edges = EdgeRules.edges(6, bits(2, 3), bits(1, 3, 5), bits(4), 100, "test graph");

        assertThat(edges)
                .containsExactly(
                        GraphEdge.of(0, 1),
                        GraphEdge.of(0, 2),
                        GraphEdge.of(1, 2),
                        GraphEdge.of(2, 3),
                        GraphEdge.of(3, 5));
    }

    @Test
    void aGraphWithExactlyTheLimitIsBuilt() {
        // Four rollouts after node 0: 1 + 2 + 3 + 4 = 10 edges.
        List<GraphEdge> edges = EdgeRules.edges(5, bits(), bits(1, 2, 3, 4), bits(), 10, "test graph");

        assertThat(edges).hasSize(10);
    }

    @Test
    void oneEdgeMoreThanTheLimitIsRefused() {
        assertThatThrownBy(() -> EdgeRules.edges(5, bits(), bits(1, 2, 3, 4), bits(), 9, "test graph"))
                .isInstanceOf(GraphException.class)
                .hasMessage("the test graph would have more than 9 edges, the most a graph may have (each rollout and"
                        + " barrier gets an edge from every release since the previous barrier)");
    }

    @Test
    void deadEndsDoNotCountTowardsTheLimit() {
        List<GraphEdge> edges = EdgeRules.edges(5, bits(), bits(1, 2, 3, 4), bits(0, 1), 6, "test graph");

        assertThat(edges).containsExactly(GraphEdge.of(2, 3), GraphEdge.of(2, 4), GraphEdge.of(3, 4));
    }
}
