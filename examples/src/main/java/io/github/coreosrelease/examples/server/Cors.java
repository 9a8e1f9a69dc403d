/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin headers of graph responses: every origin by default ({@code *}), or only the
 * configured ones, echoed back with {@code Vary: Origin}.
 */
final class Cors {
    static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
    static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /**
     * Adds the headers of a simple (non-preflight) response.
     *
     * @param exchange the exchange
     * @return whether the request's origin may read the response
     */
    boolean apply(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        if (origins.isEmpty()) {
            headers.put(ALLOW_ORIGIN, "*");
            headers.put(EXPOSE_HEADERS, "ETag");
            return true;
        }
        headers.add(Headers.VARY, "Origin");
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin != null && origins.contains(origin)) {
            headers.put(ALLOW_ORIGIN, origin);
            headers.put(EXPOSE_HEADERS, "ETag");
            return true;
        }
        return false;
    }

    /**
     * Answers a preflight request ({@code OPTIONS}): 204 with the allowed methods and headers when
     * the origin is allowed, 204 without them otherwise (the browser then refuses the request).
     *
     * @param exchange the exchange
     */
    void preflight(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.ALLOW, "GET, HEAD, OPTIONS");
        if (apply(exchange) && exchange.getRequestHeaders().contains(REQUEST_METHOD)) {
            headers.put(ALLOW_METHODS, "GET, HEAD, OPTIONS");
            String requested = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
            if (requested != null) {
                headers.put(ALLOW_HEADERS, requested);
            }
            headers.put(MAX_AGE, "86400");
        }
        exchange.setStatusCode(204);
        exchange.endExchange();
    }
}
