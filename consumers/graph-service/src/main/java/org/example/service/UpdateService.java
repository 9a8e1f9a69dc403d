/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.service;

import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphQuery;
import io.github.coreosrelease.graph.service.GraphResponse;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A service of its own that answers Cincinnati graph requests and exposes its Prometheus metrics. */
public final class UpdateService implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final GraphService graphs;

    /**
     * Serves one stream from two local documents.
     *
     * @param stream the stream name
     * @param releases its releases.json
     * @param updates its updates document
     * @param clock the time of the rollout decisions
     */
    public UpdateService(String stream, Path releases, Path updates, Clock clock) {
        GraphServiceConfig config = GraphServiceConfig.builder()
                .addStreams(StreamSources.of(stream, DocumentSource.file(releases), DocumentSource.file(updates)))
                .build();
        graphs = GraphService.create(config, clock, registry);
    }

    /**
     * Loads the documents once.
     *
     * @return the outcome per stream
     */
    public List<RefreshResult> load() {
        return graphs.refreshAll();
    }

    /**
     * Answers a node's request.
     *
     * @param basearch the node's architecture
     * @param stream the node's stream
     * @param wariness the node's rollout wariness, 0 to 1
     * @return the response to send
     */
    public GraphResponse graph(String basearch, String stream, String wariness) {
        return graphs.graph(GraphQuery.builder()
                .basearch(basearch)
                .stream(stream)
                .oci("true")
                .rolloutWariness(wariness)
                .build());
    }

    /**
     * The Prometheus text of the metrics.
     *
     * @return the scrape
     */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        graphs.close();
        registry.close();
    }
}
