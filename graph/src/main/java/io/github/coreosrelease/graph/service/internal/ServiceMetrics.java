/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The graph service's meters. Names follow the reference services (fedora-coreos-cincinnati's
 * graph builder {@code fcos_cincinnati_gb_*} and policy engine {@code fcos_cincinnati_pe_*}) where
 * they have one; the service's own additions are named {@code coreos_release_graph_*}. Written in
 * Micrometer's dotted form, which the Prometheus registry renders with underscores (and {@code
 * _total} on counters).
 */
public final class ServiceMetrics {
    /** Every {@code /v1/graph} query, valid or not (policy engine). */
    public static final String INCOMING_REQUESTS = "fcos.cincinnati.pe.v1.graph.incoming.requests";

    /**
     * Wariness of each policy-applied response (policy engine), in percent: Micrometer histograms
     * count in whole units (a value is rounded up to an integer before it is bucketed), so the
     * reference's buckets of 0.1 wariness become buckets of 10 percent.
     */
    public static final String ROLLOUT_WARINESS = "fcos.cincinnati.pe.v1.graph.rollout.wariness";

    /** Graph responses per scope (graph builder, with an {@code oci} tag added). */
    public static final String GRAPH_REQUESTS = "fcos.cincinnati.gb.cache.graph.requests";

    /** Nodes of each scope's graph as built (graph builder). */
    public static final String GRAPH_RELEASES = "fcos.cincinnati.gb.scraper.graph.final.releases";

    /** Edges of each scope's graph as built (graph builder). */
    public static final String GRAPH_EDGES = "fcos.cincinnati.gb.scraper.graph.final.edges";

    /** Epoch seconds of each scope's last successful refresh (graph builder). */
    public static final String LAST_REFRESH = "fcos.cincinnati.gb.scraper.graph.last.refresh.timestamp";

    /** Refresh attempts per stream, each fetching both documents once (graph builder). */
    public static final String UPSTREAM_SCRAPES = "fcos.cincinnati.gb.scraper.upstream.scrapes";

    /** Failed refreshes per stream and reason. */
    public static final String REFRESH_FAILURES = "coreos.release.graph.refresh.failures";

    /** Lookups of serialized bodies per (scope, hidden rollouts), by result hit or miss. */
    public static final String BODY_CACHE_LOOKUPS = "coreos.release.graph.body.cache.lookups";

    /** Refreshes per stream and outcome ({@code updated}, {@code unchanged}, {@code failed}). */
    public static final String REFRESHES = "coreos.release.graph.refreshes";

    /** Bytes received per stream and source document, as sent (before gzip decoding). */
    public static final String SOURCE_FETCHED = "coreos.release.graph.source.fetched";

    /** {@code 304 Not Modified} answers per stream and source document. */
    public static final String SOURCE_NOT_MODIFIED = "coreos.release.graph.source.not.modified";

    /** The {@code document} tag of the release index's source meters. */
    public static final String RELEASE_INDEX_DOCUMENT = "release-index";

    /** The {@code document} tag of the updates document's source meters. */
    public static final String UPDATES_DOCUMENT = "updates";

    /** The {@code document} tag of the payload aliases' source meters. */
    public static final String PAYLOAD_ALIASES_DOCUMENT = "payload-aliases";

    /**
     * Buckets of the wariness histogram in percent: 10 to 100 by tens, as the reference's 0.1 to 1
     * by tenths, except its bucket at 0, which Micrometer refuses (boundaries must be positive).
     */
    private static final double[] WARINESS_BUCKETS_PERCENT = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

    private final MeterRegistry registry;
    private final Counter incomingRequests;
    private final DistributionSummary wariness;
    private final Counter cacheHits;
    private final Counter cacheMisses;
    private final Map<Scope, ScopeGauges> scopeGauges = new HashMap<>();
    /** Every meter this service registered, so that {@link #close()} can remove exactly those. */
    private final Map<Meter.Id, Meter> registered = new LinkedHashMap<>();

    private boolean closed;

    /**
     * Registers the service-wide meters.
     *
     * @param registry where meters go
     */
    public ServiceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.incomingRequests = track(Counter.builder(INCOMING_REQUESTS)
                .description("Total number of incoming HTTP client requests to /v1/graph")
                .register(registry));
        this.wariness = track(DistributionSummary.builder(ROLLOUT_WARINESS)
                .description("Per-request rollout wariness, in percent")
                .baseUnit("percent")
                .serviceLevelObjectives(WARINESS_BUCKETS_PERCENT)
                .register(registry));
        this.cacheHits = cacheLookups("hit");
        this.cacheMisses = cacheLookups("miss");
    }

    private Counter cacheLookups(String result) {
        return track(Counter.builder(BODY_CACHE_LOOKUPS)
                .description("Lookups of serialized graph bodies per scope and hidden rollouts")
                .tag("result", result)
                .register(registry));
    }

    /** Counts one graph query. */
    public void incomingRequest() {
        incomingRequests.increment();
    }

    /**
     * Records the wariness of one policy-applied response.
     *
     * @param value the wariness
     */
    public void wariness(double value) {
        // Rounded to 0.01 percent first, so that a wariness of exactly 0.1 lands in the 10 percent
        // bucket rather than being pushed over by the binary error of 0.1 * 100.
        wariness.record(Math.round(value * 10_000) / 100.0);
    }

    /**
     * Counts one body cache lookup.
     *
     * @param hit whether the body was cached
     */
    public void bodyCacheLookup(boolean hit) {
        (hit ? cacheHits : cacheMisses).increment();
    }

    /**
     * The counter of graph responses of one scope.
     *
     * @param scope the scope
     * @return the counter, registered once per scope
     */
    public Counter graphRequests(Scope scope) {
        return track(Counter.builder(GRAPH_REQUESTS)
                .description("Total number of requests for a cached graph")
                .tags(scopeTags(scope))
                .register(registry));
    }

    /**
     * Counts one refresh attempt of a stream.
     *
     * @param stream the stream
     */
    public void upstreamScrape(String stream) {
        track(Counter.builder(UPSTREAM_SCRAPES)
                        .description("Total number of upstream scrapes")
                        .tag("stream", stream)
                        .register(registry))
                .increment();
    }

    /**
     * Counts one refresh by its outcome.
     *
     * @param stream the stream
     * @param outcome what the refresh did
     */
    public void refreshed(String stream, RefreshResult.Outcome outcome) {
        track(Counter.builder(REFRESHES)
                        .description("Total number of refreshes by outcome; only updated ones rebuild the graphs")
                        .tag("stream", stream)
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry))
                .increment();
    }

    /**
     * Counts one successful fetch of a source document.
     *
     * @param stream the stream
     * @param document {@link #RELEASE_INDEX_DOCUMENT}, {@link #UPDATES_DOCUMENT} or {@link
     *     #PAYLOAD_ALIASES_DOCUMENT}
     * @param bytes the body bytes received
     * @param notModified whether the answer was a {@code 304 Not Modified}
     */
    public void sourceFetched(String stream, String document, long bytes, boolean notModified) {
        track(Counter.builder(SOURCE_FETCHED)
                        .description("Total body bytes received from the sources, before gzip decoding")
                        .baseUnit("bytes")
                        .tag("stream", stream)
                        .tag("document", document)
                        .register(registry))
                .increment((double) bytes);
        if (notModified) {
            track(Counter.builder(SOURCE_NOT_MODIFIED)
                            .description("Total number of 304 Not Modified answers to conditional requests")
                            .tag("stream", stream)
                            .tag("document", document)
                            .register(registry))
                    .increment();
        }
    }

    /**
     * Counts one failed refresh.
     *
     * @param stream the stream
     * @param reason {@code fetch}, {@code document}, {@code build} or {@code internal}
     */
    public void refreshFailure(String stream, String reason) {
        track(Counter.builder(REFRESH_FAILURES)
                        .description("Total number of failed refreshes; the last good graphs stay served")
                        .tag("stream", stream)
                        .tag("reason", reason)
                        .register(registry))
                .increment();
    }

    /**
     * Publishes the graphs of a stream after a successful refresh: sizes and refresh time per
     * scope; the gauges of the stream's scopes that no longer exist are removed.
     *
     * @param stream the stream
     * @param sizes nodes and edges per scope of the stream
     * @param epochSeconds the time of the refresh
     */
    public synchronized void streamRefreshed(String stream, Map<Scope, long[]> sizes, long epochSeconds) {
        List<Scope> gone = new ArrayList<>();
        for (Scope scope : scopeGauges.keySet()) {
            if (scope.stream().equals(stream) && !sizes.containsKey(scope)) {
                gone.add(scope);
            }
        }
        for (Scope scope : gone) {
            scopeGauges.remove(scope).meters.forEach(this::untrack);
        }
        for (Map.Entry<Scope, long[]> entry : sizes.entrySet()) {
            ScopeGauges gauges = scopeGauges.computeIfAbsent(entry.getKey(), this::register);
            gauges.releases.set(entry.getValue()[0]);
            gauges.edges.set(entry.getValue()[1]);
            gauges.lastRefresh.set(epochSeconds);
        }
    }

    private ScopeGauges register(Scope scope) {
        ScopeGauges gauges = new ScopeGauges();
        Tags tags = scopeTags(scope);
        gauges.meters.add(gauge(
                GRAPH_RELEASES, "Number of releases in the cached graph, after processing", tags, gauges.releases));
        gauges.meters.add(
                gauge(GRAPH_EDGES, "Number of edges in the cached graph, after processing", tags, gauges.edges));
        gauges.meters.add(gauge(LAST_REFRESH, "UTC timestamp of last graph refresh", tags, gauges.lastRefresh));
        return gauges;
    }

    private Meter gauge(String name, String description, Tags tags, AtomicLong value) {
        return track(Gauge.builder(name, value, AtomicLong::doubleValue)
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry));
    }

    /**
     * Removes every meter of this service from the registry, so that a service created after it on
     * the same registry (a configuration reload, the next test) registers and reports its own
     * meters instead of finding this one's. Meters still in use afterwards keep counting, detached.
     * Idempotent.
     */
    public synchronized void close() {
        closed = true;
        registered.values().forEach(registry::remove);
        registered.clear();
        scopeGauges.clear();
    }

    /** Remembers a meter for {@link #close()}; once closed, a new meter is removed at once. */
    private synchronized <M extends Meter> M track(M meter) {
        if (closed) {
            registry.remove(meter);
        } else {
            registered.put(meter.getId(), meter);
        }
        return meter;
    }

    private synchronized void untrack(Meter meter) {
        registered.remove(meter.getId());
        registry.remove(meter);
    }

    private static Tags scopeTags(Scope scope) {
        return Tags.of("basearch", scope.basearch(), "stream", scope.stream(), "oci", Boolean.toString(scope.oci()));
    }

    /** The gauge values of one scope, kept strongly so that the gauges never read a collected object. */
    private static final class ScopeGauges {
        final AtomicLong releases = new AtomicLong();
        final AtomicLong edges = new AtomicLong();
        final AtomicLong lastRefresh = new AtomicLong();
        final List<Meter> meters = new ArrayList<>();
    }
}
