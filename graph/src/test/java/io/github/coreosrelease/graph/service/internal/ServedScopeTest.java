/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The body cache of a scope is bounded in bytes, not bodies (issue 16 item 4). */
class ServedScopeTest {
    /** Half-way through the rollout of the second release: wariness 0.2 sees it, 0.9 does not. */
    private static final long HALF_WAY = 3000;

    private static final CincinnatiGraph GRAPH = CincinnatiGraph.builder()
            .addNodes(GraphNode.builder().version("1").payload("p1").build())
            .addNodes(GraphNode.builder()
                    .version("2")
                    .payload("p2")
                    .putMetadata(NodeMetadata.ROLLOUT, "true")
                    .putMetadata(NodeMetadata.START_EPOCH, "0")
                    .putMetadata(NodeMetadata.START_VALUE, "0")
                    .putMetadata(NodeMetadata.DURATION_MINUTES, "100")
                    .build())
            .addEdges(GraphEdge.of(0, 1))
            .build();

    private static long size(double wariness) {
        return DocumentWriter.compact().write(DocumentType.GRAPH, GraphPolicy.apply(GRAPH, wariness, HALF_WAY)).length;
    }

    @Test
    void aNewBodyThatWouldPassTheByteBoundStartsTheCacheAfresh() {
        long seeing = size(0.2);
        long hidden = size(0.9);
        assertThat(seeing).isNotEqualTo(hidden);
        ServedScope scope = new ServedScope(
                Scope.of("s", "x86_64", false),
                GRAPH,
                new ServiceMetrics(new SimpleMeterRegistry()),
                Math.max(seeing, hidden) + 1);

        ResponseBody first = scope.forClient(0.2, HALF_WAY);
        assertThat(scope.cachedBytes()).isEqualTo(seeing);
        assertThat(scope.forClient(0.1, HALF_WAY)).isSameAs(first);

        scope.forClient(0.9, HALF_WAY);
        assertThat(scope.cachedBytes()).isEqualTo(hidden);
        assertThat(scope.forClient(0.2, HALF_WAY)).isNotSameAs(first);
        assertThat(scope.cachedBytes()).isEqualTo(seeing);
    }

    @Test
    void aBodyLargerThanTheBoundIsServedWithoutBeingCached() {
        ServedScope scope = new ServedScope(
                Scope.of("s", "x86_64", false), GRAPH, new ServiceMetrics(new SimpleMeterRegistry()), 10);

        ResponseBody body = scope.forClient(0.2, HALF_WAY);

        assertThat(body.identity().remaining()).isEqualTo((int) size(0.2));
        assertThat(scope.cachedBytes()).isZero();
        assertThat(scope.forClient(0.2, HALF_WAY)).isNotSameAs(body);
    }
}
