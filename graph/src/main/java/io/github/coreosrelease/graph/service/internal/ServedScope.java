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
     * Bound on cached bodies per scope. Over time, rollouts with different schedules can pass one
     * another, so more than {@code k + 1} sets may appear during the life of one graph; the cache
     * starts afresh when it reaches this size, long before memory matters.
     */
    static final int MAX_BODIES = 32;

    private final Scope scope;
    private final CincinnatiGraph graph;
    private final ServiceMetrics metrics;
    private final Counter requests;
    private final ConcurrentMap<HiddenRollouts, ResponseBody> bodies = new ConcurrentHashMap<>();
    private volatile ResponseBody asBuilt;

    /**
     * Wraps a built graph.
     *
     * @param scope the graph's scope
     * @param graph the graph as built (SPEC §2.1, §2.2)
     * @param metrics where cache lookups are counted
     */
    public ServedScope(Scope scope, CincinnatiGraph graph, ServiceMetrics metrics) {
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
        if (bodies.size() >= MAX_BODIES) {
            bodies.clear();
        }
        // computeIfAbsent: concurrent first requests for one hidden set serialize it once.
        return bodies.computeIfAbsent(hidden, key -> serialize(GraphPolicy.apply(graph, key)));
    }

    private static ResponseBody serialize(CincinnatiGraph graph) {
        return ResponseBody.tagged(DocumentWriter.compact().write(DocumentType.GRAPH, graph));
    }
}
