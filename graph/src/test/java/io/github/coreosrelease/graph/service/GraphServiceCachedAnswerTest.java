/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.graph.service.internal.ServiceMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GraphService#graphIfCached}: an answer only when it is a lookup (an error, or a body
 * serialized already in the encoding asked for), the same answer as {@link GraphService#graph}, and
 * nothing counted when it declines.
 */
class GraphServiceCachedAnswerTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(1300);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private GraphService service;

    @BeforeEach
    void setUp() {
        service = service(true);
        service.refreshAll();
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private GraphService service(boolean policy) {
        Path releases = dir.resolve("releases.json");
        Path updates = dir.resolve("updates.json");
        Documents.write(releases, Documents.text("releases.json"));
        Documents.write(updates, Documents.text("updates.json"));
        return GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(
                                StreamSources.of("test", DocumentSource.file(releases), DocumentSource.file(updates)))
                        .applyPolicy(policy)
                        .build(),
                clock,
                registry);
    }

    private static Map<String, List<String>> parameters(String wariness) {
        return Map.of("basearch", List.of("x86_64"), "stream", List.of("test"), "rollout_wariness", List.of(wariness));
    }

    private double counter(String name, String... tags) {
        return GraphServiceTest.counter(registry, name, tags);
    }

    @Test
    void declinesABodyNotSerializedYetAndCountsNothing() {
        assertThat(service.graphIfCached(parameters("0.9"), false)).isEmpty();

        assertThat(counter(ServiceMetrics.INCOMING_REQUESTS)).isZero();
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "hit")).isZero();
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "miss")).isZero();
        assertThat(counter(ServiceMetrics.GRAPH_REQUESTS, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isZero();
    }

    @Test
    void answersWithTheSameBodyOnceGraphSerializedItAndCountsAHit() {
        GraphResponse served = service.graph(parameters("0.9"));

        Optional<GraphResponse> cached = service.graphIfCached(parameters("0.9"), false);

        assertThat(cached).isPresent();
        assertThat(cached.get().bodyBytes()).isEqualTo(served.bodyBytes());
        assertThat(cached.get().etag(false)).isEqualTo(served.etag(false));
        assertThat(counter(ServiceMetrics.INCOMING_REQUESTS)).isEqualTo(2);
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "miss")).isEqualTo(1);
        assertThat(counter(ServiceMetrics.BODY_CACHE_LOOKUPS, "result", "hit")).isEqualTo(1);
        assertThat(counter(ServiceMetrics.GRAPH_REQUESTS, "basearch", "x86_64", "stream", "test", "oci", "false"))
                .isEqualTo(2);
    }

    @Test
    void aClientOfAnotherHiddenSetIsDeclined() {
        // At 1300 the sample's rollout is in progress: wariness 0.0 sees it, 0.9 does not.
        service.graph(parameters("0.9"));

        assertThat(service.graphIfCached(parameters("0.0"), false)).isEmpty();
        assertThat(service.graphIfCached(parameters("0.8"), false)).isPresent();
    }

    @Test
    void declinesGzipUntilTheBodyIsCompressed() {
        GraphResponse served = service.graph(parameters("0.9"));

        assertThat(service.graphIfCached(parameters("0.9"), true)).isEmpty();

        byte[] gzip = new byte[served.body(true).remaining()];
        served.body(true).get(gzip);
        Optional<GraphResponse> cached = service.graphIfCached(parameters("0.9"), true);
        assertThat(cached).isPresent();
        byte[] cachedGzip = new byte[cached.get().body(true).remaining()];
        cached.get().body(true).get(cachedGzip);
        assertThat(cachedGzip).isEqualTo(gzip);
        assertThat(counter(ServiceMetrics.INCOMING_REQUESTS)).isEqualTo(2);
    }

    @Test
    void answersErrorsAsGraphDoes() {
        Optional<GraphResponse> unknown =
                service.graphIfCached(Map.of("basearch", List.of("x86_64"), "stream", List.of("nope")), false);
        Optional<GraphResponse> twice = service.graphIfCached(
                Map.of("basearch", List.of("x86_64", "aarch64"), "stream", List.of("test")), false);

        assertThat(unknown).isPresent();
        assertThat(unknown.get().status()).isEqualTo(404);
        assertThat(unknown.get().bodyBytes())
                .isEqualTo(service.graph(Map.of("basearch", List.of("x86_64"), "stream", List.of("nope")))
                        .bodyBytes());
        assertThat(twice).isPresent();
        assertThat(twice.get().status()).isEqualTo(400);
        assertThat(counter(ServiceMetrics.INCOMING_REQUESTS)).isEqualTo(3);
    }

    @Test
    void withoutPolicyAnswersOnceTheBuiltGraphIsSerialized() {
        try (GraphService unthrottled = service(false)) {
            unthrottled.refreshAll();
            Map<String, List<String>> query = Map.of("basearch", List.of("x86_64"), "stream", List.of("test"));

            assertThat(unthrottled.graphIfCached(query, false)).isEmpty();
            GraphResponse served = unthrottled.graph(query);
            Optional<GraphResponse> cached = unthrottled.graphIfCached(query, false);

            assertThat(cached).isPresent();
            assertThat(cached.get().bodyBytes()).isEqualTo(served.bodyBytes());
        }
    }
}
