/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.ExplainRequest;
import io.github.coreosrelease.graph.client.ExplanationJson;
import io.github.coreosrelease.graph.client.UpdateExplainer;
import io.github.coreosrelease.graph.client.UpdateExplanation;
import io.github.coreosrelease.graph.policy.Wariness;
import io.github.coreosrelease.graph.service.internal.Backoff;
import io.github.coreosrelease.graph.service.internal.LoadedStream;
import io.github.coreosrelease.graph.service.internal.ResponseBody;
import io.github.coreosrelease.graph.service.internal.ServedScope;
import io.github.coreosrelease.graph.service.internal.ServiceMetrics;
import io.github.coreosrelease.graph.service.internal.SourceFetcher;
import io.github.coreosrelease.graph.service.internal.StreamRefresher;
import io.github.coreosrelease.graph.service.internal.StreamSlot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cincinnati graph service (SPEC §2.3, §2.4), independent of any HTTP server: it keeps the graphs
 * of every configured stream fresh and answers {@code /v1/graph} queries with ready-to-send
 * responses.
 *
 * <ul>
 *   <li><b>Refresh.</b> Each stream is refreshed on its own: one fetch of its release index and
 *       one of its updates document, then every (architecture, scheme) graph is built and the
 *       whole set is swapped in at once. A failed refresh (unreachable source, bad JSON, invalid
 *       document) keeps the last good graphs, is logged and counted, and is retried with a
 *       doubling backoff. Readers never see a half-built set. http(s) sources are asked
 *       conditionally ({@code If-None-Match}, {@code If-Modified-Since}): an unchanged document
 *       costs a {@code 304} without body, and a stream whose documents are all unchanged is not
 *       rebuilt.
 *   <li><b>Serving.</b> With the policy on (the default), each query gets the graph as the
 *       reference policy engine serves it: rollouts throttled for the client's wariness at the
 *       service clock's time, no edges out of dead-ends. Without it, the graph as built. Bodies
 *       are serialized once per distinct result and shared: at one instant, {@code k} rollouts
 *       in progress give at most {@code k + 1} distinct bodies per scope.
 *   <li><b>Explaining.</b> {@link #explain(ExplainQuery)} tells a node why it is or is not
 *       offered an update on the graph served to it now, and when each rollout reaches it.
 *   <li><b>Readiness.</b> {@link #isReady()} once every stream has loaded once.
 * </ul>
 *
 * <pre>{@code
 * GraphServiceConfig config = GraphServiceConfig.builder()
 *     .addStream(StreamSources.of("stable", DocumentSource.parse(indexUrl), DocumentSource.parse(updatesUrl)))
 *     .build();
 * try (GraphService service = GraphService.create(config, Clock.systemUTC(), meterRegistry)) {
 *     service.start();
 *     GraphResponse response = service.graph(GraphQuery.fromParameters(httpQueryParameters));
 *     // send response.status(), GraphResponse.CONTENT_TYPE, response.etag(gzip), response.body(gzip)
 * }
 * }</pre>
 *
 * <p>Thread-safe. Requires {@code io.micrometer:micrometer-core} on the class path.
 */
public final class GraphService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphService.class);

    /** How much of a client's parameter text an error message quotes. */
    private static final int MAX_QUOTED = 64;

    private final GraphServiceConfig config;
    private final Clock clock;
    private final ServiceMetrics metrics;
    private final StreamRefresher refresher;
    private final Map<String, StreamSlot> slots;
    private ScheduledExecutorService scheduler;
    private boolean closed;

    private GraphService(GraphServiceConfig config, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.clock = clock;
        this.metrics = new ServiceMetrics(registry);
        SourceFetcher fetcher =
                new SourceFetcher(config.connectTimeout(), config.requestTimeout(), config.maxDocumentBytes());
        this.refresher = new StreamRefresher(fetcher, config.maxDocumentBytes(), config.graphLimits(), clock, metrics);
        Map<String, StreamSlot> bySlot = new LinkedHashMap<>();
        config.streams().forEach(stream -> bySlot.put(stream.stream(), new StreamSlot(stream)));
        this.slots = Collections.unmodifiableMap(bySlot);
    }

    /**
     * Creates a service on the system UTC clock that records no metrics: its meters go to a
     * registry of its own that publishes nowhere (Micrometer's global registry is left alone, so
     * that embedding the service never adds meters to an application's global state). Pass a
     * registry to {@link #create(GraphServiceConfig, Clock, MeterRegistry)} to publish them.
     * Nothing is fetched until {@link #start()} or a refresh method is called.
     *
     * @param config what to serve
     * @return the service
     */
    public static GraphService create(GraphServiceConfig config) {
        // A composite registry without members is Micrometer's no-op registry: meters accept
        // values and keep none.
        return create(config, Clock.systemUTC(), new CompositeMeterRegistry());
    }

    /**
     * Creates a service. Nothing is fetched until {@link #start()} or a refresh method is called.
     *
     * @param config what to serve
     * @param clock the time of requests (rollout throttling) and refreshes; never the wall clock
     *     directly
     * @param registry where the service's meters go (names and meanings in {@code docs/SERVER.md})
     * @return the service
     */
    public static GraphService create(GraphServiceConfig config, Clock clock, MeterRegistry registry) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(registry, "registry");
        return new GraphService(config, clock, registry);
    }

    /**
     * The configuration.
     *
     * @return the configuration
     */
    public GraphServiceConfig config() {
        return config;
    }

    /**
     * Starts refreshing every stream in the background, on one daemon thread: a stream never
     * refreshed yet is refreshed at once, then every {@link GraphServiceConfig#refreshInterval()}
     * after a success, or after the retry backoff after a failure. Calling it again has no
     * effect.
     *
     * @throws IllegalStateException if the service is closed
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("the graph service is closed");
        }
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "coreos-graph-refresh");
            thread.setDaemon(true);
            return thread;
        });
        for (StreamSlot slot : slots.values()) {
            schedule(slot, slot.attempted() ? nextDelay(slot) : Duration.ZERO);
        }
    }

    /**
     * Refreshes every stream now, one after the other, on the calling thread.
     *
     * @return what each refresh did, in configuration order
     */
    public List<RefreshResult> refreshAll() {
        List<RefreshResult> results = new ArrayList<>();
        for (StreamSlot slot : slots.values()) {
            results.add(refresher.refresh(slot));
        }
        return results;
    }

    /**
     * Refreshes one stream now, on the calling thread (after a refresh of it in progress, if any).
     *
     * @param stream a configured stream
     * @return what the refresh did
     * @throws InvalidValueException if the stream is not configured
     */
    public RefreshResult refresh(String stream) {
        return refresher.refresh(slot(stream));
    }

    /**
     * Whether every stream has loaded its graphs at least once; from then on the service always
     * has graphs to serve.
     *
     * @return {@code true} when ready
     */
    public boolean isReady() {
        return slots.values().stream().allMatch(slot -> slot.current().isPresent());
    }

    /**
     * The graphs a stream serves now, as built.
     *
     * @param stream a configured stream
     * @return the graphs, empty until the stream's first successful refresh
     * @throws InvalidValueException if the stream is not configured
     */
    public Optional<GraphSet> graphs(String stream) {
        return slot(stream).current().map(LoadedStream::graphs);
    }

    /**
     * Answers a query given as request parameters (see {@link GraphQuery#fromParameters}); a
     * parameter given twice is answered with a 400 {@link GraphErrorKind#INVALID_PARAMS}.
     *
     * @param parameters decoded request parameters with all their values
     * @return the response
     */
    public GraphResponse graph(Map<String, ? extends Collection<String>> parameters) {
        GraphQuery query;
        try {
            query = GraphQuery.fromParameters(parameters);
        } catch (InvalidValueException e) {
            metrics.incomingRequest();
            return GraphResponse.error(GraphErrorKind.INVALID_PARAMS, e.getMessage());
        }
        return graph(query);
    }

    /**
     * Answers a query (SPEC §2.4): validates it, picks the scope's graph and applies the serving
     * policy (SPEC §2.3) at the service clock's current time, unless the policy is off.
     *
     * <ul>
     *   <li>missing or empty {@code basearch} or {@code stream}: 400 {@link
     *       GraphErrorKind#MISSING_PARAMS};
     *   <li>{@code oci} other than {@code true} or {@code false}: 400 {@link
     *       GraphErrorKind#INVALID_PARAMS};
     *   <li>a stream not configured: 404 {@link GraphErrorKind#UNKNOWN_STREAM};
     *   <li>a stream not loaded yet: 503 {@link GraphErrorKind#GRAPH_UNAVAILABLE};
     *   <li>an architecture neither configured for the stream ({@link
     *       StreamSources#architectures()}) nor named by its index: 404 {@link
     *       GraphErrorKind#UNKNOWN_BASEARCH};
     *   <li>otherwise 200 with the graph, without nodes for an architecture without releases.
     * </ul>
     *
     * @param query the query
     * @return the response
     */
    public GraphResponse graph(GraphQuery query) {
        return answer(query, false, false).orElseThrow();
    }

    /**
     * Answers as {@link #graph(Map)} does when that is a lookup: when the answer is an error, or
     * its body (in the encoding asked for) is already serialized. A non-blocking server can call
     * this on its I/O thread and hand the query to a worker thread, with {@link #graph(Map)}, only
     * when it returns empty: that answer serializes (or compresses) a body, which takes a while for
     * a large graph. Nothing is counted in the metrics for an empty answer.
     *
     * <pre>{@code
     * Optional<GraphResponse> cached = service.graphIfCached(parameters, acceptsGzip);
     * if (cached.isEmpty()) {
     *     worker.execute(() -> respond(service.graph(parameters)));
     * }
     * }</pre>
     *
     * @param parameters decoded request parameters with all their values
     * @param gzip whether the client takes the gzip encoding ({@link GraphResponse#body(boolean)})
     * @return the response as {@link #graph(Map)} gives it, or empty when that needs serializing
     */
    public Optional<GraphResponse> graphIfCached(Map<String, ? extends Collection<String>> parameters, boolean gzip) {
        try {
            return answer(GraphQuery.fromParameters(parameters), true, gzip);
        } catch (InvalidValueException e) {
            return Optional.of(graph(parameters));
        }
    }

    /**
     * The answer to a valid query; when {@code cachedOnly}, empty (and nothing counted) if the body
     * in the encoding asked for is not serialized yet.
     */
    private Optional<GraphResponse> answer(GraphQuery query, boolean cachedOnly, boolean gzip) {
        Objects.requireNonNull(query, "query");
        Lookup lookup = validate(query);
        if (lookup.error() != null) {
            metrics.incomingRequest();
            return Optional.of(lookup.error());
        }
        ServedScope served = lookup.scope();
        boolean policy = config.applyPolicy();
        double wariness = policy ? Wariness.resolve(query.rolloutWariness(), query.nodeUuid()) : 1.0;
        long now = policy ? clock.instant().getEpochSecond() : 0;
        ResponseBody body;
        if (cachedOnly) {
            Optional<ResponseBody> cached = policy ? served.cachedForClient(wariness, now) : served.serializedAsBuilt();
            if (cached.isEmpty() || (gzip && !cached.get().isGzipReady())) {
                return Optional.empty();
            }
            body = cached.get();
            if (policy) {
                metrics.bodyCacheLookup(true);
            }
        } else {
            body = policy ? served.forClient(wariness, now) : served.asBuilt();
        }
        if (policy) {
            metrics.wariness(wariness);
        }
        metrics.incomingRequest();
        served.countRequest();
        return Optional.of(GraphResponse.graph(body));
    }

    /** The served scope of a query, or the error that answers it (missing or invalid parameters). */
    private Lookup validate(GraphQuery query) {
        Optional<String> missing = missing(query, Optional.empty());
        if (missing.isPresent()) {
            return Lookup.failed(GraphResponse.error(GraphErrorKind.MISSING_PARAMS, missing.get()));
        }
        Optional<Boolean> oci = ociParameter(query);
        if (oci.isEmpty()) {
            return Lookup.failed(invalidOci(query));
        }
        return lookup(query, oci.get());
    }

    /**
     * Answers an explain query given as request parameters (see {@link
     * ExplainQuery#fromParameters}); a parameter given twice is answered with a 400 {@link
     * GraphErrorKind#INVALID_PARAMS}.
     *
     * @param parameters decoded request parameters with all their values
     * @return the response
     */
    public GraphResponse explain(Map<String, ? extends Collection<String>> parameters) {
        ExplainQuery query;
        try {
            query = ExplainQuery.fromParameters(parameters);
        } catch (InvalidValueException e) {
            return GraphResponse.error(GraphErrorKind.INVALID_PARAMS, e.getMessage());
        }
        return explain(query);
    }

    /**
     * Explains a node's update (see {@link UpdateExplainer}) on the graph this service serves it
     * (alias nodes included) at the service clock's current second: the body is the JSON of
     * {@link ExplanationJson}, the same as {@code explain --format json} prints for that instant.
     * With the policy off, no rollout is throttled: the node is explained with wariness 0, which
     * hides none. Explanations are not counted as graph requests.
     *
     * <ul>
     *   <li>missing or empty {@code basearch}, {@code stream} or {@code booted}: 400 {@link
     *       GraphErrorKind#MISSING_PARAMS};
     *   <li>{@code booted} neither a checksum nor a digest pullspec, {@code oci} other than {@code
     *       true} or {@code false}, or not the booted payload's kind: 400 {@link
     *       GraphErrorKind#INVALID_PARAMS};
     *   <li>otherwise as {@link #graph(GraphQuery)}: 404 for an unknown stream or architecture, 503
     *       before the stream's first load, 200 with the explanation.
     * </ul>
     *
     * @param query the query
     * @return the response
     * @throws io.github.coreosrelease.graph.GraphException if the booted node or a candidate of the
     *     served graph is not a valid release
     */
    public GraphResponse explain(ExplainQuery query) {
        Objects.requireNonNull(query, "query");
        GraphQuery graphQuery = query.graph();
        Optional<String> missing =
                missing(graphQuery, Optional.of(query.booted().orElse("")));
        if (missing.isPresent()) {
            return GraphResponse.error(GraphErrorKind.MISSING_PARAMS, missing.get());
        }
        String bootedText = query.booted().orElseThrow();
        Booted booted;
        try {
            booted = Booted.parse(bootedText);
        } catch (InvalidValueException e) {
            return GraphResponse.error(
                    GraphErrorKind.INVALID_PARAMS,
                    "invalid booted parameter " + quote(bootedText) + ": " + e.getMessage());
        }
        boolean oci = booted.oci();
        if (graphQuery.oci().isPresent()) {
            Optional<Boolean> stated = ociParameter(graphQuery);
            if (stated.isEmpty()) {
                return invalidOci(graphQuery);
            }
            if (stated.get() != oci) {
                return GraphResponse.error(
                        GraphErrorKind.INVALID_PARAMS,
                        "oci=" + stated.get() + " does not fit the booted payload " + quote(bootedText)
                                + ": a node booted from " + (oci ? "an OCI pullspec" : "an OSTree checksum")
                                + " asks with oci=" + oci);
            }
        }
        Lookup lookup = lookup(graphQuery, oci);
        if (lookup.error() != null) {
            return lookup.error();
        }
        ServedScope served = lookup.scope();
        double wariness =
                config.applyPolicy() ? Wariness.resolve(graphQuery.rolloutWariness(), graphQuery.nodeUuid()) : 0.0;
        UpdateExplanation explanation = UpdateExplainer.explain(ExplainRequest.builder()
                .scope(served.scope())
                .graph(served.graph())
                .booted(booted)
                .bootedVersion(query.osVersion().filter(version -> !version.isEmpty()))
                .wariness(wariness)
                .nowEpochSeconds(clock.instant().getEpochSecond())
                .build());
        return GraphResponse.explanation(ExplanationJson.write(explanation).getBytes(StandardCharsets.UTF_8));
    }

    /** The missing-parameters message, if {@code basearch}, {@code stream} or a required extra is empty. */
    private static Optional<String> missing(GraphQuery query, Optional<String> booted) {
        List<String> missing = new ArrayList<>();
        if (query.basearch().orElse("").isEmpty()) {
            missing.add(GraphQuery.BASEARCH);
        }
        if (query.stream().orElse("").isEmpty()) {
            missing.add(GraphQuery.STREAM);
        }
        if (booted.isPresent() && booted.get().isEmpty()) {
            missing.add(ExplainQuery.BOOTED);
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("mandatory client parameters missing: " + String.join(", ", missing));
    }

    /** The {@code oci} parameter, {@code false} when absent; empty when it is neither true nor false. */
    private static Optional<Boolean> ociParameter(GraphQuery query) {
        String ociText = query.oci().orElse("false");
        if (!ociText.equals("true") && !ociText.equals("false")) {
            return Optional.empty();
        }
        return Optional.of(ociText.equals("true"));
    }

    private static GraphResponse invalidOci(GraphQuery query) {
        return GraphResponse.error(
                GraphErrorKind.INVALID_PARAMS,
                "invalid oci parameter " + quote(query.oci().orElse("")) + ": expected true or false");
    }

    /** The served scope of a query whose parameters are present, or the error that answers it. */
    private Lookup lookup(GraphQuery query, boolean oci) {
        String basearch = query.basearch().orElseThrow();
        String stream = query.stream().orElseThrow();
        StreamSlot slot = slots.get(stream);
        if (slot == null) {
            return Lookup.failed(GraphResponse.error(
                    GraphErrorKind.UNKNOWN_STREAM,
                    "unknown stream " + quote(stream) + ": this service serves " + String.join(", ", slots.keySet())));
        }
        Optional<LoadedStream> load = slot.current();
        if (load.isEmpty()) {
            return Lookup.failed(GraphResponse.error(
                    GraphErrorKind.GRAPH_UNAVAILABLE, "the graphs of stream " + quote(stream) + " are not loaded yet"));
        }
        Optional<ServedScope> scope = load.get().scope(basearch, oci);
        if (scope.isEmpty()) {
            return Lookup.failed(GraphResponse.error(
                    GraphErrorKind.UNKNOWN_BASEARCH,
                    "unknown basearch " + quote(basearch) + " for stream " + quote(stream) + ": known are "
                            + String.join(", ", load.get().graphs().architectures())));
        }
        return new Lookup(scope.get(), null);
    }

    /** The served scope a query asks for, or the error response when there is none. */
    private record Lookup(ServedScope scope, GraphResponse error) {
        static Lookup failed(GraphResponse error) {
            return new Lookup(null, error);
        }
    }

    /**
     * Stops the background refreshes (a refresh in progress is interrupted) and removes the
     * service's meters from its registry, so that a new service on the same registry reports its
     * own values. Served graphs stay available to {@link #graph} calls. Idempotent.
     */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        synchronized (this) {
            closed = true;
            executor = scheduler;
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("graph refresh thread did not stop within 10 seconds");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        metrics.close();
    }

    private StreamSlot slot(String stream) {
        Objects.requireNonNull(stream, "stream");
        StreamSlot slot = slots.get(stream);
        if (slot == null) {
            throw new InvalidValueException("stream", stream, "one of the configured streams " + slots.keySet());
        }
        return slot;
    }

    // The refresh handles its own failures (StreamRefresher catches, logs and counts them) and close()
    // cancels every pending refresh with shutdownNow(): the future has nothing left to check.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void schedule(StreamSlot slot, Duration delay) {
        synchronized (this) {
            if (closed || scheduler == null) {
                return;
            }
            scheduler.schedule(() -> runScheduled(slot), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runScheduled(StreamSlot slot) {
        try {
            refresher.refresh(slot);
        } finally {
            Duration delay = nextDelay(slot);
            LOG.debug("stream {}: next refresh in {}", slot.sources().stream(), delay);
            schedule(slot, delay);
        }
    }

    private Duration nextDelay(StreamSlot slot) {
        int failures = slot.consecutiveFailures();
        return failures == 0
                ? config.refreshInterval()
                : Backoff.delay(failures, config.retryInitialDelay(), config.retryMaxDelay());
    }

    private static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return '"' + shown + '"';
    }
}
