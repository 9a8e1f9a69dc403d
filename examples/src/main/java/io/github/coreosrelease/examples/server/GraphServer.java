/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import io.github.coreosrelease.graph.service.GraphService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cincinnati-compatible HTTP server for a {@link GraphService}, on Undertow:
 *
 * <ul>
 *   <li>{@code GET /v1/graph?basearch=&stream=[&oci=][&rollout_wariness=][&node_uuid=]}: the
 *       graph, or an error {@code {"kind", "value"}} (SPEC §1.7, §2.4); {@code ETag} with
 *       {@code If-None-Match} (304), gzip when accepted, CORS;
 *   <li>{@code GET /v1/explain?basearch=&stream=&booted=[&oci=][&rollout_wariness=][&node_uuid=][&os_version=]}:
 *       why that node is or is not offered an update on the graph served to it at the service
 *       clock's current second, as {@code explain --format json} answers ({@link
 *       GraphService#explain(io.github.coreosrelease.graph.service.ExplainQuery)});
 *   <li>{@code GET /metrics}: Prometheus text format;
 *   <li>{@code GET /health/ready}: 200 once every stream has loaded, 503 before;
 *   <li>{@code GET /health/live}: 200 while the process serves.
 * </ul>
 *
 * <pre>{@code
 * try (GraphServer server = GraphServer.start(service, registry, ServerSettings.builder().port(0).build())) {
 *     URI graphs = server.uri().resolve("/v1/graph?basearch=x86_64&stream=stable");
 * }
 * }</pre>
 */
public final class GraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphServer.class);

    private final Undertow undertow;
    private final GracefulShutdownHandler shutdown;
    private final ServerSettings settings;
    private final InetSocketAddress address;
    private boolean closed;

    private GraphServer(
            Undertow undertow, GracefulShutdownHandler shutdown, ServerSettings settings, InetSocketAddress address) {
        this.undertow = undertow;
        this.shutdown = shutdown;
        this.settings = settings;
        this.address = address;
    }

    /**
     * Binds the port and starts serving. The graph service is used as it is: start its refreshes
     * separately.
     *
     * @param service the graphs to serve
     * @param registry the registry that {@code /metrics} exposes
     * @param settings address, port, CORS and shutdown timeout
     * @return the running server
     * @throws RuntimeException if the address cannot be bound (Undertow reports it unchecked)
     */
    public static GraphServer start(GraphService service, PrometheusMeterRegistry registry, ServerSettings settings) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(settings, "settings");
        GracefulShutdownHandler shutdown =
                new GracefulShutdownHandler(new GraphHandler(service, registry, new Cors(settings.corsOrigins())));
        Undertow undertow = Undertow.builder()
                .addHttpListener(settings.port(), settings.bind())
                .setHandler(shutdown)
                // The handler decodes the query itself, to answer malformed escapes in JSON.
                .setServerOption(UndertowOptions.DECODE_URL, false)
                // Far above what the handler answers (GraphHandler.MAX_*), so that an oversized query,
                // too many parameters or headers reach the handler and get a JSON error; only beyond
                // these does Undertow answer its own 400 without a body.
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 4 * 1024 * 1024)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 100_000)
                .setServerOption(UndertowOptions.MAX_HEADERS, 10_000)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 64L * 1024)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 10_000)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.IDLE_TIMEOUT, 60_000)
                .build();
        undertow.start();
        InetSocketAddress bound =
                (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        LOG.info("graph server listening on {}", bound);
        return new GraphServer(undertow, shutdown, settings, bound);
    }

    /**
     * The bound address, with the actual port when port 0 was asked for.
     *
     * @return the address
     */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * The base URL of the server, e.g. {@code http://127.0.0.1:8080/}. A wildcard bind address
     * gives a loopback URL.
     *
     * @return the URL
     */
    public URI uri() {
        InetAddress host = address.getAddress();
        if (host.isAnyLocalAddress()) {
            host = InetAddress.getLoopbackAddress();
        }
        String text = host.getHostAddress();
        if (text.contains(":")) {
            text = "[" + text + "]";
        }
        return URI.create("http://" + text + ":" + address.getPort() + "/");
    }

    /**
     * Stops gracefully: new requests are refused with 503, requests in flight may finish within
     * the shutdown timeout, then the listener closes. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown.shutdown();
        try {
            if (!shutdown.awaitShutdown(settings.shutdownTimeout().toMillis())) {
                LOG.warn("requests still in flight after {}; stopping anyway", settings.shutdownTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        LOG.info("graph server on {} stopped", address);
    }
}
