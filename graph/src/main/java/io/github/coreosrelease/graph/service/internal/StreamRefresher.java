/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.JsonLimits;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One refresh of one stream (SPEC §2.4): fetch the release index and the updates document once,
 * build every (architecture, scheme) graph, and publish them together. Unchanged documents are
 * not read again; a graph equal to the one served keeps its served scope and cached bodies. Any
 * failure leaves the served load untouched.
 */
public final class StreamRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(StreamRefresher.class);

    private final SourceFetcher fetcher;
    private final DocumentReader reader;
    private final Clock clock;
    private final ServiceMetrics metrics;

    /**
     * Creates a refresher.
     *
     * @param fetcher reads the sources
     * @param maxDocumentBytes the largest document the reader accepts
     * @param clock the service clock
     * @param metrics where refreshes are counted
     */
    public StreamRefresher(SourceFetcher fetcher, long maxDocumentBytes, Clock clock, ServiceMetrics metrics) {
        this.fetcher = fetcher;
        this.reader = DocumentReader.withLimits(
                JsonLimits.builder().maxDocumentBytes(maxDocumentBytes).build());
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Refreshes a stream now, waiting for a refresh of the same stream in progress to finish
     * first.
     *
     * @param slot the stream
     * @return what the refresh did
     */
    public RefreshResult refresh(StreamSlot slot) {
        slot.lock().lock();
        try {
            return refreshLocked(slot);
        } finally {
            slot.lock().unlock();
        }
    }

    private RefreshResult refreshLocked(StreamSlot slot) {
        StreamSources sources = slot.sources();
        String stream = sources.stream();
        Instant startedAt = clock.instant();
        metrics.upstreamScrape(stream);
        RefreshResult.Builder result = RefreshResult.builder().stream(stream).startedAt(startedAt);
        String reason;
        String message;
        try {
            byte[] indexBytes = fetcher.fetch(sources.releaseIndex());
            byte[] updatesBytes = fetcher.fetch(sources.updates());
            byte[] indexDigest = sha256(indexBytes);
            byte[] updatesDigest = sha256(updatesBytes);
            Optional<LoadedStream> previous = slot.current();
            if (previous.isPresent() && previous.get().sameDocuments(indexDigest, updatesDigest)) {
                slot.succeeded();
                publishMetrics(stream, previous.get(), startedAt);
                LOG.debug("stream {}: documents unchanged", stream);
                return result.outcome(RefreshResult.Outcome.UNCHANGED).build();
            }
            ReleaseIndex index = read(DocumentType.RELEASE_INDEX, sources.releaseIndex(), indexBytes);
            Updates updates = read(DocumentType.UPDATES, sources.updates(), updatesBytes);
            warnOnStreamMismatch(stream, index, updates);
            GraphSet graphs = GraphBuilder.buildAll(index, updates, stream, sources.architectures());
            LoadedStream next = load(graphs, previous, indexDigest, updatesDigest, startedAt);
            slot.publish(next);
            slot.succeeded();
            publishMetrics(stream, next, startedAt);
            LOG.info(
                    "stream {}: loaded graphs of {} from {} releases and {} updates entries",
                    stream,
                    graphs.architectures(),
                    index.releases().size(),
                    updates.releases().size());
            return result.outcome(RefreshResult.Outcome.UPDATED).build();
        } catch (FetchException e) {
            reason = "fetch";
            message = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "fetch";
            message = "interrupted while fetching";
        } catch (SourceDocumentException e) {
            reason = "document";
            message = e.getMessage();
        } catch (GraphException | InvalidValueException e) {
            reason = "build";
            message = "cannot build the graphs: " + e.getMessage();
        } catch (RuntimeException e) {
            reason = "internal";
            message = "unexpected " + e;
            LOG.error("stream {}: unexpected refresh failure", stream, e);
        }
        int failures = slot.failed();
        metrics.refreshFailure(stream, reason);
        String serving = slot.current()
                .map(load -> "still serving the graphs loaded at " + load.loadedAt())
                .orElse("no graphs to serve yet");
        LOG.warn("stream {}: refresh failed ({} in a row), {}: {}", stream, failures, serving, message);
        return result.outcome(RefreshResult.Outcome.FAILED).failure(message).build();
    }

    private LoadedStream load(
            GraphSet graphs,
            Optional<LoadedStream> previous,
            byte[] indexDigest,
            byte[] updatesDigest,
            Instant loadedAt) {
        Map<Scope, ServedScope> scopes = new LinkedHashMap<>();
        for (Map.Entry<Scope, CincinnatiGraph> entry : graphs.asMap().entrySet()) {
            Scope scope = entry.getKey();
            CincinnatiGraph graph = entry.getValue();
            // An unchanged graph keeps its served scope: no body is serialized again.
            ServedScope served = previous.flatMap(p -> p.scope(scope.basearch(), scope.oci()))
                    .filter(old -> old.graph().equals(graph))
                    .orElseGet(() -> new ServedScope(scope, graph, metrics));
            scopes.put(scope, served);
        }
        return new LoadedStream(graphs, scopes, indexDigest, updatesDigest, loadedAt);
    }

    private <T> T read(DocumentType<T> type, DocumentSource source, byte[] bytes) throws SourceDocumentException {
        try {
            return reader.read(type, bytes);
        } catch (DocumentException e) {
            throw new SourceDocumentException(source.location() + ": " + e.getMessage(), e);
        }
    }

    private void publishMetrics(String stream, LoadedStream load, Instant at) {
        Map<Scope, long[]> sizes = new LinkedHashMap<>();
        load.graphs()
                .asMap()
                .forEach((scope, graph) -> sizes.put(
                        scope, new long[] {graph.nodes().size(), graph.edges().size()}));
        metrics.streamRefreshed(stream, sizes, at.getEpochSecond());
    }

    private static void warnOnStreamMismatch(String stream, ReleaseIndex index, Updates updates) {
        // The builder does not compare stream names (SPEC §2); a mismatch is worth a warning
        // because it usually means a source of another stream was configured.
        index.stream()
                .filter(name -> !name.equals(stream))
                .ifPresent(name -> LOG.warn("stream {}: the release index says stream \"{}\"", stream, name));
        if (!updates.stream().equals(stream)) {
            LOG.warn("stream {}: the updates document says stream \"{}\"", stream, updates.stream());
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** A fetched document that the reader rejected, named by its source. */
    private static final class SourceDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        SourceDocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
