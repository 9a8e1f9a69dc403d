/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.view.GraphView;
import java.util.List;

/** What SPEC §2.2 guarantees of every built graph, checked edge by edge. */
final class GraphInvariants {
    private GraphInvariants() {}

    static void check(CincinnatiGraph graph, String description) {
        List<GraphNode> nodes = graph.nodes();
        GraphEdge previous = null;
        for (GraphEdge edge : graph.edges()) {
            GraphNode source = nodes.get(edge.source());
            GraphNode target = nodes.get(edge.target());
            String what = description + ", edge " + edge.source() + " -> " + edge.target();
            if (previous != null) {
                assertThat(edge).as("%s: sorted and unique", what).isGreaterThan(previous);
            }
            previous = edge;
            assertThat(NodeMetadata.ageIndex(source).orElseThrow())
                    .as("%s: goes forward in age", what)
                    .isLessThan(NodeMetadata.ageIndex(target).orElseThrow());
            assertThat(NodeMetadata.isBarrier(target) || NodeMetadata.isRollout(target))
                    .as("%s: target is a barrier or a rollout", what)
                    .isTrue();
            assertThat(NodeMetadata.isDeadEnd(source))
                    .as("%s: source is not a dead-end", what)
                    .isFalse();
            // The range of a target starts at the nearest barrier before it, so an update never
            // skips a barrier; the source itself may be that barrier, and the target may be a
            // (rolling) barrier.
            for (int between = edge.source() + 1; between < edge.target(); between++) {
                assertThat(NodeMetadata.isBarrier(nodes.get(between)))
                        .as("%s: jumps over barrier node %d", what, between)
                        .isFalse();
            }
        }
        assertThat(GraphView.of(graph).isAcyclic())
                .as("%s: acyclic", description)
                .isTrue();
    }
}
