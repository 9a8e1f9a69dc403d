/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.PayloadAliasNodesTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service adds alias nodes from a third source, refreshed with the stream (SPEC §2.5). */
class PayloadAliasServiceTest {
    @TempDir
    Path dir;

    @Test
    void servesAliasNodesAndPicksUpAChangedAliasesDocument() {
        Path releases = dir.resolve("releases.json");
        Path updates = dir.resolve("updates.json");
        Path aliases = dir.resolve("aliases.json");
        DocumentWriter writer = DocumentWriter.indented(2);
        Documents.write(releases, writer.writeString(DocumentType.RELEASE_INDEX, PayloadAliasNodesTest.INDEX));
        Documents.write(updates, writer.writeString(DocumentType.UPDATES, PayloadAliasNodesTest.UPDATES));
        Documents.write(aliases, "{}");
        GraphServiceConfig config = GraphServiceConfig.builder()
                .addStream(StreamSources.builder()
                        .from(StreamSources.of("stable", DocumentSource.file(releases), DocumentSource.file(updates)))
                        .payloadAliases(DocumentSource.file(aliases))
                        .build())
                .applyPolicy(false)
                .build();
        GraphQuery query = GraphQuery.builder().basearch("x86_64").stream("stable")
                .oci("true")
                .build();
        try (GraphService service = GraphService.create(config, new MutableClock(0), new SimpleMeterRegistry())) {
            assertThat(service.refreshAll())
                    .extracting(RefreshResult::outcome)
                    .containsExactly(RefreshResult.Outcome.UPDATED);
            assertThat(GraphServiceTest.graph(service.graph(query)).nodes()).hasSize(4);

            Documents.write(aliases, writer.writeString(DocumentType.PAYLOAD_ALIASES, PayloadAliasNodesTest.ALIASES));
            assertThat(service.refreshAll())
                    .extracting(RefreshResult::outcome)
                    .containsExactly(RefreshResult.Outcome.UPDATED);
            CincinnatiGraph served = GraphServiceTest.graph(service.graph(query));
            assertThat(served).isEqualTo(PayloadAliasNodesTest.aliased());
            assertThat(GraphServiceTest.edges(served)).isEqualTo("[0,2] [2,3] [4,2]");

            assertThat(service.refreshAll())
                    .extracting(RefreshResult::outcome)
                    .containsExactly(RefreshResult.Outcome.UNCHANGED);
        }
    }
}
