/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.service.GraphResponse;
import io.github.coreosrelease.graph.service.RefreshResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateServiceTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples"), "samples");
    // The newest sample release is half way through its rollout.
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_734_300_000L + 2160 * 60), ZoneOffset.UTC);

    @Test
    void servesTheStreamAndCountsInItsOwnRegistry() {
        try (UpdateService service = new UpdateService(
                "sample", SAMPLES.resolve("releases.json"), SAMPLES.resolve("updates.json"), CLOCK)) {
            assertThat(service.load()).extracting(RefreshResult::outcome).extracting(Object::toString).containsExactly("UPDATED");

            GraphResponse eager = service.graph("x86_64", "sample", "0.0");
            GraphResponse wary = service.graph("x86_64", "sample", "1.0");
            assertThat(eager.status()).isEqualTo(200);
            // the eager node is offered the newest release, the wary one is not yet
            assertThat(edgesInto(eager, "41.20241215.3.0")).isEqualTo(2);
            assertThat(edgesInto(wary, "41.20241215.3.0")).isEqualTo(0);

            assertThat(service.scrape())
                    .contains("fcos_cincinnati_pe_v1_graph_incoming_requests_total 2.0\n");
        }
    }

    private static long edgesInto(GraphResponse response, String version) {
        CincinnatiGraph graph = DocumentReader.standard().read(DocumentType.GRAPH, response.bodyBytes());
        List<GraphNode> nodes = graph.nodes();
        return graph.edges().stream()
                .filter(edge -> nodes.get(edge.target()).version().equals(version))
                .count();
    }
}
