/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.graph.service.internal.ServiceMetrics;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the service's meters go, and that they leave with the service (issue 15). */
class GraphServiceMetricsTest {
    private static final String[] X86_CHECKSUM = {"basearch", "x86_64", "stream", "test", "oci", "false"};

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(999), ZoneOffset.UTC);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private GraphServiceConfig config(String releasesJson, String name) {
        Path releases = dir.resolve(name);
        Path updates = dir.resolve("updates.json");
        Documents.write(releases, releasesJson);
        Documents.write(updates, Documents.text("updates.json"));
        return GraphServiceConfig.builder()
                .addStream(StreamSources.of("test", DocumentSource.file(releases), DocumentSource.file(updates)))
                .build();
    }

    @Test
    void aServiceCreatedAfterAClosedOneOnTheSameRegistryReportsItsOwnValues() {
        String threeReleases = """
                {"stream": "test", "metadata": {"last-modified": "2025-01-01T00:00:00Z"}, "releases": [
                  {"version": "41.1", "metadata": "m", "commits": [{"architecture": "x86_64", "checksum": "c1"}]},
                  {"version": "41.2", "metadata": "m", "commits": [{"architecture": "x86_64", "checksum": "c2"}]},
                  {"version": "42.1", "metadata": "m", "commits": [{"architecture": "x86_64", "checksum": "c3"}]}
                ]}""";
        GraphService first =
                GraphService.create(config(Documents.text("releases.json"), "first.json"), clock, registry);
        first.refreshAll();
        first.graph(GraphQuery.builder().basearch("x86_64").stream("test").build());
        assertThat(registry.get(ServiceMetrics.GRAPH_RELEASES)
                        .tags(X86_CHECKSUM)
                        .gauge()
                        .value())
                .isEqualTo(4);

        first.close();
        assertThat(registry.getMeters()).isEmpty();

        try (GraphService second = GraphService.create(config(threeReleases, "second.json"), clock, registry)) {
            second.refreshAll();
            assertThat(registry.find(ServiceMetrics.GRAPH_RELEASES)
                            .tags(X86_CHECKSUM)
                            .gauges())
                    .singleElement()
                    .extracting(gauge -> gauge.value())
                    .isEqualTo(3.0);
            assertThat(registry.get(ServiceMetrics.UPSTREAM_SCRAPES)
                            .tag("stream", "test")
                            .counter()
                            .count())
                    .isEqualTo(1);
            assertThat(registry.get(ServiceMetrics.INCOMING_REQUESTS).counter().count())
                    .isZero();
        }
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void closingTwiceAndServingAfterCloseRegistersNothing() {
        GraphService service = GraphService.create(config(Documents.text("releases.json"), "r.json"), clock, registry);
        service.refreshAll();
        service.close();
        service.close();

        assertThat(service.graph(GraphQuery.builder().basearch("x86_64").stream("test")
                                .build())
                        .status())
                .isEqualTo(200);
        service.refreshAll();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void theDefaultServiceLeavesMicrometersGlobalRegistryAlone() {
        try (GraphService service = GraphService.create(config(Documents.text("releases.json"), "r.json"))) {
            service.refreshAll();
            assertThat(service.graph(GraphQuery.builder().basearch("x86_64").stream("test")
                                    .build())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(Metrics.globalRegistry.getMeters())
                .extracting(Meter::getId)
                .extracting(id -> id.getName())
                .noneMatch(name -> name.startsWith("fcos.") || name.startsWith("coreos."));
    }
}
