/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphQuery;
import io.github.coreosrelease.graph.service.GraphResponse;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Embeds the graph service in an application that has its own metrics registry: the service loads
 * a stream's documents, answers graph queries as the Cincinnati {@code /v1/graph} endpoint does
 * (without any HTTP server: the application sends the status and bytes itself), and reports its
 * meters in the application's registry.
 *
 * <p>Usage: {@code EmbeddedGraphService EPOCH_SECONDS} (the service's clock), on the bundled sample
 * stream.
 */
public final class EmbeddedGraphService {
    private EmbeddedGraphService() {}

    /**
     * Runs the example on standard output.
     *
     * @param args the instant
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args the instant
     * @param out where the answers and meters go
     */
    public static void run(String[] args, PrintStream out) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: EmbeddedGraphService EPOCH_SECONDS");
        }
        Clock clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(args[0])), ZoneOffset.UTC);
        MeterRegistry registry = new SimpleMeterRegistry(); // the application's own registry
        GraphServiceConfig config = GraphServiceConfig.builder()
                .addStreams(StreamSources.of(
                        "sample",
                        DocumentSource.classpath("io/github/coreosrelease/examples/samples/releases.json"),
                        DocumentSource.classpath("io/github/coreosrelease/examples/samples/updates.json")))
                .build();
        try (GraphService service = GraphService.create(config, clock, registry)) {
            // One synchronous load; service.start() would instead refresh in the background.
            for (RefreshResult result : service.refreshAll()) {
                out.println("refresh " + result.stream() + ": " + result.outcome());
            }
            for (String wariness : new String[] {"0.1", "0.9"}) {
                GraphResponse response = service.graph(GraphQuery.builder().basearch("x86_64").stream("sample")
                        .oci("true")
                        .rolloutWariness(wariness)
                        .build());
                CincinnatiGraph graph = DocumentReader.standard().read(DocumentType.GRAPH, response.bodyBytes());
                out.println("wariness " + wariness + ": HTTP " + response.status() + ", "
                        + graph.nodes().size() + " nodes, " + graph.edges().size() + " edges");
            }
            GraphResponse unknown = service.graph(
                    GraphQuery.builder().basearch("x86_64").stream("nope").build());
            out.println("unknown stream: HTTP " + unknown.status() + " "
                    + unknown.error().map(e -> e.kind()).orElse("?"));
            out.println("graph requests counted: "
                    + registry.get("fcos.cincinnati.pe.v1.graph.incoming.requests")
                            .counter()
                            .count());
        }
    }
}
