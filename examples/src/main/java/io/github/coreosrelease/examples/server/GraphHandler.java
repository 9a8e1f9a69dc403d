/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.GraphError;
import io.github.coreosrelease.graph.service.GraphResponse;
import io.github.coreosrelease.graph.service.GraphService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the server's requests: {@code /v1/graph} and {@code /v1/explain} to the graph service,
 * {@code /metrics} to the Prometheus registry, and the two health checks. A graph request whose
 * body is serialized already (most: a lookup of a shared body) is answered on the I/O thread; one
 * that must serialize a body (the first of a new hidden set, which for a large graph takes a
 * while) or compress it, and every explanation (it walks the graph), runs on a worker thread.
 * Every answer, failures included, has a JSON body (SPEC §2.4).
 */
final class GraphHandler implements HttpHandler {
    static final String GRAPH_PATH = "/v1/graph";
    static final String EXPLAIN_PATH = "/v1/explain";
    static final String METRICS_PATH = "/metrics";
    static final String READY_PATH = "/health/ready";
    static final String LIVE_PATH = "/health/live";

    /** The content type of the Prometheus text exposition format that the registry writes. */
    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** The longest query string answered; Undertow's own bound (see GraphServer) is far above. */
    static final int MAX_QUERY_CHARS = 64 * 1024;

    /** The most query parameters answered; Undertow's own bound is far above. */
    static final int MAX_PARAMETERS = 1000;

    /** The most header bytes (names and values) answered; Undertow's own bound is far above. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(GraphHandler.class);
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final ByteBuffer LIVE = json("{\"status\":\"live\"}");
    private static final ByteBuffer READY = json("{\"status\":\"ready\"}");
    private static final ByteBuffer NOT_READY = json("{\"status\":\"not ready\"}");

    private final GraphService service;
    private final PrometheusMeterRegistry registry;
    private final Cors cors;

    GraphHandler(GraphService service, PrometheusMeterRegistry registry, Cors cors) {
        this.service = service;
        this.registry = registry;
        this.cors = cors;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        HttpString method = exchange.getRequestMethod();
        boolean read = method.equals(Methods.GET) || method.equals(Methods.HEAD);
        switch (path) {
            case GRAPH_PATH, EXPLAIN_PATH -> {
                if (method.equals(Methods.OPTIONS)) {
                    cors.preflight(exchange);
                } else if (read && exchange.isInIoThread()) {
                    // A graph whose body is serialized is a lookup: answered here, without the
                    // hand-off to a worker thread (a quarter of the throughput); the rest there.
                    if (!path.equals(GRAPH_PATH) || !queryOrInternalError(exchange, true, true)) {
                        exchange.getResponseHeaders().clear();
                        exchange.dispatch(this);
                    }
                } else if (read) {
                    queryOrInternalError(exchange, path.equals(GRAPH_PATH), false);
                } else {
                    cors.apply(exchange);
                    methodNotAllowed(exchange, "GET, HEAD, OPTIONS");
                }
            }
            case METRICS_PATH -> {
                if (!read) {
                    methodNotAllowed(exchange, "GET, HEAD");
                } else if (exchange.isInIoThread()) {
                    // Scraping walks every meter: off the I/O thread.
                    exchange.dispatch(this);
                } else {
                    send(exchange, 200, PROMETHEUS_CONTENT_TYPE, utf8(registry.scrape()));
                }
            }
            case LIVE_PATH -> {
                if (read) {
                    send(exchange, 200, GraphResponse.CONTENT_TYPE, LIVE.duplicate());
                } else {
                    methodNotAllowed(exchange, "GET, HEAD");
                }
            }
            case READY_PATH -> {
                if (!read) {
                    methodNotAllowed(exchange, "GET, HEAD");
                } else if (service.isReady()) {
                    send(exchange, 200, GraphResponse.CONTENT_TYPE, READY.duplicate());
                } else {
                    send(exchange, 503, GraphResponse.CONTENT_TYPE, NOT_READY.duplicate());
                }
            }
            default -> error(exchange, 404, "not_found", "no such path: " + shorten(path) + "; try " + GRAPH_PATH);
        }
    }

    /** Answers a query, or with {@code cachedOnly} returns false when that needs serializing. */
    private boolean queryOrInternalError(HttpServerExchange exchange, boolean graph, boolean cachedOnly) {
        try {
            return query(exchange, graph, cachedOnly);
        } catch (RuntimeException | OutOfMemoryError e) {
            // Undertow would answer 500 with an empty body; the client gets the JSON error instead.
            LOG.error("{} request {} failed", graph ? "graph" : "explain", shorten(exchange.getRequestURI()), e);
            if (!exchange.isResponseStarted()) {
                exchange.getResponseHeaders().clear();
                error(exchange, 500, "internal_error", "the server could not answer this request: " + e);
            }
            return true;
        }
    }

    /**
     * Answers a graph or explain query; with {@code cachedOnly} (a graph on the I/O thread) only
     * when that is a lookup, and returns whether it answered.
     */
    private boolean query(HttpServerExchange exchange, boolean graph, boolean cachedOnly) {
        cors.apply(exchange);
        Refusal tooLarge = tooLarge(exchange);
        if (tooLarge != null) {
            error(exchange, tooLarge.status(), "invalid_params", tooLarge.message());
            return true;
        }
        Map<String, List<String>> parameters;
        try {
            parameters = decodedQuery(exchange);
        } catch (IllegalArgumentException e) {
            error(exchange, 400, "invalid_params", "malformed percent-encoding in the query string: " + e.getMessage());
            return true;
        }
        boolean gzip = AcceptEncoding.acceptsGzip(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING));
        GraphResponse response;
        if (!graph) {
            response = service.explain(parameters);
        } else if (cachedOnly) {
            Optional<GraphResponse> cached = service.graphIfCached(parameters, gzip);
            if (cached.isEmpty()) {
                return false;
            }
            response = cached.get();
        } else {
            response = service.graph(parameters);
        }
        HeaderMap headers = exchange.getResponseHeaders();
        if (!response.isSuccess()) {
            send(exchange, response.status(), GraphResponse.CONTENT_TYPE, response.body(false));
            return true;
        }
        if (!graph) {
            // An explanation is of one second: nothing to keep or revalidate.
            headers.put(Headers.CACHE_CONTROL, "no-store");
            send(exchange, 200, GraphResponse.CONTENT_TYPE, response.body(false));
            return true;
        }
        headers.add(Headers.VARY, "Accept-Encoding");
        // Throttling moves with time: caches must ask again, and the ETag makes that cheap.
        headers.put(Headers.CACHE_CONTROL, "no-cache");
        headers.put(Headers.ETAG, response.etag(gzip).orElseThrow());
        if (response.isNotModified(exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH))) {
            exchange.setStatusCode(304);
            exchange.endExchange();
            return true;
        }
        if (gzip) {
            headers.put(Headers.CONTENT_ENCODING, "gzip");
        }
        send(exchange, 200, GraphResponse.CONTENT_TYPE, response.body(gzip));
        return true;
    }

    /**
     * The query parameters, decoded here rather than by Undertow (whose URL decoding is off), so
     * that a malformed escape gets a JSON error body like every other bad request (SPEC §2.4).
     */
    private static Map<String, List<String>> decodedQuery(HttpServerExchange exchange) {
        Map<String, List<String>> decoded = new LinkedHashMap<>();
        for (Map.Entry<String, Deque<String>> entry :
                exchange.getQueryParameters().entrySet()) {
            List<String> values =
                    decoded.computeIfAbsent(QueryDecoding.decode(entry.getKey()), key -> new ArrayList<>());
            for (String value : entry.getValue()) {
                values.add(QueryDecoding.decode(value));
            }
        }
        return decoded;
    }

    /**
     * Why a request is beyond what this handler answers, or null. Undertow's own bounds are set far
     * higher, so that such requests reach this handler and get a JSON error rather than Undertow's
     * bare 400.
     */
    private static Refusal tooLarge(HttpServerExchange exchange) {
        int query = exchange.getQueryString().length();
        if (query > MAX_QUERY_CHARS) {
            return new Refusal(
                    414, "query string of " + query + " characters, more than the " + MAX_QUERY_CHARS + " answered");
        }
        int parameters = 0;
        for (Deque<String> values : exchange.getQueryParameters().values()) {
            parameters += values.size();
        }
        if (parameters > MAX_PARAMETERS) {
            return new Refusal(400, parameters + " query parameters, more than the " + MAX_PARAMETERS + " answered");
        }
        long headerBytes = 0;
        for (HeaderValues header : exchange.getRequestHeaders()) {
            for (String value : header) {
                headerBytes += header.getHeaderName().length() + value.length() + 4;
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            return new Refusal(
                    431, "headers of " + headerBytes + " bytes, more than the " + MAX_HEADER_BYTES + " answered");
        }
        return null;
    }

    /** A request this handler refuses before looking at it: the status and why. */
    private record Refusal(int status, String message) {}

    private static void methodNotAllowed(HttpServerExchange exchange, String allowed) {
        exchange.getResponseHeaders().put(Headers.ALLOW, allowed);
        error(
                exchange,
                405,
                "method_not_allowed",
                "method " + exchange.getRequestMethod() + " is not allowed here; use " + allowed);
    }

    private static void error(HttpServerExchange exchange, int status, String kind, String message) {
        GraphError error = GraphError.builder().kind(kind).value(message).build();
        byte[] body = DocumentWriter.compact().write(DocumentType.GRAPH_ERROR, error);
        send(exchange, status, GraphResponse.CONTENT_TYPE, ByteBuffer.wrap(body));
    }

    private static void send(HttpServerExchange exchange, int status, String contentType, ByteBuffer body) {
        exchange.setStatusCode(status);
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.CONTENT_TYPE, contentType);
        headers.put(NOSNIFF, "nosniff");
        headers.put(Headers.CONTENT_LENGTH, body.remaining());
        if (exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(body);
        }
    }

    private static String shorten(String path) {
        return path.length() > 64 ? path.substring(0, 64) + "..." : path;
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteBuffer json(String text) {
        return utf8(text).asReadOnlyBuffer();
    }
}
