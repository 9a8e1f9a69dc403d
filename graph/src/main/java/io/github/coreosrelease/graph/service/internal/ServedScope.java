/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.HiddenRollouts;
import io.micrometer.core.instrument.Counter;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One scope's graph as served, with its serialized bodies: the graph as built, and one body per
 * set of hidden rollouts (SPEC §2.3). At one instant, {@code k} rollouts in progress split the
 * clients into at most {@code k + 1} hidden sets, so a handful of bodies serve every client; each
 * is serialized once and then shared. A refresh that leaves the graph unchanged keeps this object,
 * bodies included.
 */
public final class ServedScope {
    /**
     * Bound on the bytes of the bodies cached per scope (their identity encoding; a gzip form adds
     * at most as much again). Over time, rollouts with different schedules can pass one another,
     * so more than {@code k + 1} sets may appear during the life of one graph, and each body is as
     * large as the graph: the bound is in bytes, not bodies. The cache starts afresh when a new
     * body would take it over the bound; a body larger than the bound on its own is served
     * without being cached.
     */
    static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private final Scope scope;
    private final CincinnatiGraph graph;
    private final ServiceMetrics metrics;
    private final Counter requests;
    private final ConcurrentMap<HiddenRollouts, ResponseBody> bodies = new ConcurrentHashMap<>();
    private final long maxCachedBytes;
    private long cachedBytes;
    private volatile ResponseBody asBuilt;

    /**
     * Wraps a built graph.
     *
     * @param scope the graph's scope
     * @param graph the graph as built (SPEC §2.1, §2.2)
     * @param metrics where cache lookups are counted
     */
    public ServedScope(Scope scope, CincinnatiGraph graph, ServiceMetrics metrics) {
        this(scope, graph, metrics, MAX_CACHED_BYTES);
    }

    ServedScope(Scope scope, CincinnatiGraph graph, ServiceMetrics metrics, long maxCachedBytes) {
        this.maxCachedBytes = maxCachedBytes;
        this.scope = scope;
        this.graph = graph;
        this.metrics = metrics;
        this.requests = metrics.graphRequests(scope);
    }

    /**
     * The scope.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * The graph as built.
     *
     * @return the graph
     */
    public CincinnatiGraph graph() {
        return graph;
    }

    /** Counts one graph response of this scope. */
    public void countRequest() {
        requests.increment();
    }

    /**
     * The body of the graph as built, without policy (the reference graph builder's answer).
     *
     * @return the body, serialized on first use
     */
    public ResponseBody asBuilt() {
        ResponseBody body = asBuilt;
        if (body == null) {
            synchronized (this) {
                body = asBuilt;
                if (body == null) {
                    body = serialize(graph);
                    asBuilt = body;
                }
            }
        }
        return body;
    }

    /**
     * The body of the graph as built, if it is serialized already.
     *
     * @return the body, or empty before the first {@link #asBuilt()}
     */
    public Optional<ResponseBody> serializedAsBuilt() {
        return Optional.ofNullable(asBuilt);
    }

    /**
     * The cached body for one client at one instant, if there is one; counts nothing.
     *
     * @param wariness the client's wariness, in [0, 1]
     * @param nowEpochSeconds the time of the request
     * @return the body {@link #forClient} would return without serializing, or empty
     */
    public Optional<ResponseBody> cachedForClient(double wariness, long nowEpochSeconds) {
        return Optional.ofNullable(bodies.get(GraphPolicy.hiddenTargets(graph, wariness, nowEpochSeconds)));
    }

    /**
     * The body for one client at one instant (SPEC §2.3 steps 3 and 4).
     *
     * @param wariness the client's wariness, in [0, 1]
     * @param nowEpochSeconds the time of the request
     * @return the shared body for the client's hidden set
     */
    public ResponseBody forClient(double wariness, long nowEpochSeconds) {
        HiddenRollouts hidden = GraphPolicy.hiddenTargets(graph, wariness, nowEpochSeconds);
        ResponseBody body = bodies.get(hidden);
        if (body != null) {
            metrics.bodyCacheLookup(true);
            return body;
        }
        metrics.bodyCacheLookup(false);
        ResponseBody built = serialize(GraphPolicy.apply(graph, hidden));
        long size = built.identity().remaining();
        if (size > maxCachedBytes) {
            return built;
        }
        synchronized (bodies) {
            ResponseBody raced = bodies.get(hidden);
            if (raced != null) {
                return raced;
            }
            if (cachedBytes + size > maxCachedBytes) {
                bodies.clear();
                cachedBytes = 0;
            }
            bodies.put(hidden, built);
            cachedBytes += size;
        }
        return built;
    }

    /**
     * The bytes of the bodies cached now, for tests.
     *
     * @return at most the bound
     */
    long cachedBytes() {
        synchronized (bodies) {
            return cachedBytes;
        }
    }

    private static ResponseBody serialize(CincinnatiGraph graph) {
        return ResponseBody.tagged(DocumentWriter.compact().write(DocumentType.GRAPH, graph));
    }
}
