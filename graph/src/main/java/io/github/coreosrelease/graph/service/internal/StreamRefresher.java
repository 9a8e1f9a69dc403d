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
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.GraphLimits;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.PayloadAliasNodes;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One refresh of one stream (SPEC §2.4): fetch the release index and the updates document once,
 * build every (architecture, scheme) graph, and publish them together. http(s) sources with
 * validators are asked conditionally: a {@code 304 Not Modified} stands for the document the
 * served graphs came from. When every document is unchanged (a 304, or the same bytes) nothing is
 * read or rebuilt; otherwise only the changed documents are read, and a graph equal to the one
 * served keeps its served scope and cached bodies. Any failure leaves the served load untouched.
 */
public final class StreamRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(StreamRefresher.class);

    private final SourceFetcher fetcher;
    private final DocumentReader reader;
    private final GraphLimits graphLimits;
    private final Clock clock;
    private final ServiceMetrics metrics;

    /**
     * Creates a refresher.
     *
     * @param fetcher reads the sources
     * @param maxDocumentBytes the largest document the reader accepts
     * @param graphLimits the bounds on each built graph
     * @param clock the service clock
     * @param metrics where refreshes are counted
     */
    public StreamRefresher(
            SourceFetcher fetcher,
            long maxDocumentBytes,
            GraphLimits graphLimits,
            Clock clock,
            ServiceMetrics metrics) {
        this.fetcher = fetcher;
        this.reader = DocumentReader.withLimits(
                JsonLimits.builder().maxDocumentBytes(maxDocumentBytes).build());
        this.graphLimits = graphLimits;
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
            Optional<LoadedStream> previous = slot.current();
            Optional<SourceVersions> before = previous.map(LoadedStream::versions);
            Fetched<ReleaseIndex> index = fetch(
                    stream,
                    ServiceMetrics.RELEASE_INDEX_DOCUMENT,
                    DocumentType.RELEASE_INDEX,
                    sources.releaseIndex(),
                    before.map(SourceVersions::index));
            Fetched<Updates> updates = fetch(
                    stream,
                    ServiceMetrics.UPDATES_DOCUMENT,
                    DocumentType.UPDATES,
                    sources.updates(),
                    before.map(SourceVersions::updates));
            Optional<Fetched<PayloadAliases>> aliases = Optional.empty();
            if (sources.payloadAliases().isPresent()) {
                aliases = Optional.of(fetch(
                        stream,
                        ServiceMetrics.PAYLOAD_ALIASES_DOCUMENT,
                        DocumentType.PAYLOAD_ALIASES,
                        sources.payloadAliases().get(),
                        before.flatMap(SourceVersions::aliases)));
            }
            boolean unchanged = index.unchanged()
                    && updates.unchanged()
                    && aliases.map(Fetched::unchanged).orElse(true);
            if (previous.isPresent() && unchanged) {
                SourceVersions versions = versions(index, updates, aliases);
                if (!versions.sameValidators(previous.get().versions())) {
                    // The same graphs and bodies; only the conditions of the next requests change.
                    slot.publish(previous.get().withVersions(versions));
                }
                slot.succeeded();
                metrics.refreshed(stream, RefreshResult.Outcome.UNCHANGED);
                publishMetrics(stream, previous.get(), startedAt);
                LOG.debug("stream {}: documents unchanged", stream);
                return result.outcome(RefreshResult.Outcome.UNCHANGED).build();
            }
            ReleaseIndex releaseIndex = index.document();
            Updates updatesDocument = updates.document();
            warnOnStreamMismatch(stream, releaseIndex, updatesDocument);
            GraphSet graphs =
                    GraphBuilder.buildAll(releaseIndex, updatesDocument, stream, sources.architectures(), graphLimits);
            if (aliases.isPresent()) {
                DocumentSource aliasesSource = sources.payloadAliases().orElseThrow();
                PayloadAliases payloadAliases = aliases.get().document();
                PayloadAliasNodes.check(graphs, payloadAliases)
                        .forEach(issue -> LOG.warn(
                                "stream {}: payload alias {}#{}: {}",
                                stream,
                                aliasesSource.location(),
                                issue.pointer(),
                                issue.message()));
                graphs = PayloadAliasNodes.append(graphs, payloadAliases, graphLimits);
            }
            LoadedStream next = load(graphs, previous, versions(index, updates, aliases), startedAt);
            slot.publish(next);
            slot.succeeded();
            metrics.refreshed(stream, RefreshResult.Outcome.UPDATED);
            publishMetrics(stream, next, startedAt);
            LOG.info(
                    "stream {}: loaded graphs of {} from {} releases and {} updates entries",
                    stream,
                    graphs.architectures(),
                    releaseIndex.releases().size(),
                    updatesDocument.releases().size());
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
        metrics.refreshed(stream, RefreshResult.Outcome.FAILED);
        String serving = slot.current()
                .map(load -> "still serving the graphs loaded at " + load.loadedAt())
                .orElse("no graphs to serve yet");
        LOG.warn("stream {}: refresh failed ({} in a row), {}: {}", stream, failures, serving, message);
        return result.outcome(RefreshResult.Outcome.FAILED).failure(message).build();
    }

    private LoadedStream load(
            GraphSet graphs, Optional<LoadedStream> previous, SourceVersions versions, Instant loadedAt) {
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
        return new LoadedStream(graphs, scopes, versions, loadedAt);
    }

    private <T> Fetched<T> fetch(
            String stream,
            String document,
            DocumentType<T> type,
            DocumentSource source,
            Optional<DocumentVersion<T>> previous)
            throws FetchException, InterruptedException {
        FetchedDocument fetched = fetcher.fetch(source, previous.flatMap(DocumentVersion::validators));
        metrics.sourceFetched(stream, document, fetched.transferredBytes(), fetched.notModified());
        return new Fetched<>(type, source, previous, fetched);
    }

    private static SourceVersions versions(
            Fetched<ReleaseIndex> index, Fetched<Updates> updates, Optional<Fetched<PayloadAliases>> aliases)
            throws SourceDocumentException {
        Optional<DocumentVersion<PayloadAliases>> aliasesVersion = Optional.empty();
        if (aliases.isPresent()) {
            aliasesVersion = Optional.of(aliases.get().version());
        }
        return new SourceVersions(index.version(), updates.version(), aliasesVersion);
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

    /**
     * One document of this refresh: what its source answered, against the version the served
     * graphs came from. Read at most once, and only if needed: not at all when the bytes or the
     * server say nothing changed and the served version still has the document.
     */
    private final class Fetched<T> {
        private final DocumentType<T> type;
        private final DocumentSource source;
        private final Optional<DocumentVersion<T>> previous;
        private final FetchedDocument fetched;
        private final byte[] digest;
        private T document;

        Fetched(
                DocumentType<T> type,
                DocumentSource source,
                Optional<DocumentVersion<T>> previous,
                FetchedDocument fetched) {
            this.type = type;
            this.source = source;
            this.previous = previous;
            this.fetched = fetched;
            this.digest = fetched.notModified() ? new byte[0] : DocumentVersion.digestOf(fetched.body());
        }

        /** Whether the document is the one the served graphs came from: a 304, or the same bytes. */
        boolean unchanged() {
            // A 304 only answers validators sent, which only a previous version has.
            return fetched.notModified()
                    || previous.map(p -> p.hasDigest(digest)).orElse(false);
        }

        T document() throws SourceDocumentException {
            if (document == null) {
                Optional<T> kept = unchanged() ? previous.flatMap(DocumentVersion::document) : Optional.empty();
                document = kept.isPresent() ? kept.get() : read(type, source, fetched.body());
            }
            return document;
        }

        DocumentVersion<T> version() throws SourceDocumentException {
            if (fetched.notModified()) {
                return previous.orElseThrow().revalidated(fetched.validators());
            }
            if (fetched.validators().isEmpty()) {
                return DocumentVersion.withoutValidators(digest);
            }
            if (unchanged() && previous.orElseThrow().validators().equals(fetched.validators())) {
                return previous.get();
            }
            return DocumentVersion.withValidators(digest, fetched.validators().get(), document());
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
