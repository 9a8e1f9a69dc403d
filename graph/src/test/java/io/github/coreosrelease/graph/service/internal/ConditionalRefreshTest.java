/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphLimits;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conditional requests to http(s) sources (issue 11, target 6): validators remembered per
 * document, a 304 costs no body and no rebuild, against a real server on the loopback interface.
 */
class ConditionalRefreshTest {
    private static final String RESOURCES = "io/github/coreosrelease/graph/service/";
    private static final byte[] INDEX = resource("releases.json");
    private static final byte[] UPDATES = resource("updates.json");
    /** The updates without the barrier: different bytes, different edges. */
    private static final byte[] UPDATES_WITHOUT_BARRIER = new String(UPDATES, StandardCharsets.UTF_8)
            .replace(
                    "{\"version\": \"41.2\", \"metadata\": {\"barrier\": {\"reason\": \"https://example.org/issues/1\"}}},",
                    "")
            .getBytes(StandardCharsets.UTF_8);

    private static final String LAST_MODIFIED = "Wed, 01 Jan 2025 00:00:00 GMT";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ServiceMetrics metrics = new ServiceMetrics(registry);
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(2_000), ZoneOffset.UTC);
    private final StreamRefresher refresher = new StreamRefresher(
            new SourceFetcher(Duration.ofSeconds(5), Duration.ofSeconds(20), 1 << 20),
            1 << 20,
            GraphLimits.defaults(),
            clock,
            metrics);

    private HttpServer server;
    private Document index;
    private Document updates;
    private StreamSlot slot;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        index = new Document(INDEX);
        updates = new Document(UPDATES);
        server.createContext("/releases.json", index::handle);
        server.createContext("/updates.json", updates::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        slot = new StreamSlot(StreamSources.of(
                "test",
                DocumentSource.url(URI.create(base + "/releases.json")),
                DocumentSource.url(URI.create(base + "/updates.json"))));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anUnchangedDocumentCostsOne304AndNoRebuild() {
        index.etag = "\"index-1\"";
        updates.etag = "W/\"updates-1\"";

        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        LoadedStream first = slot.current().orElseThrow();
        GraphSet graphs = first.graphs();
        ServedScope x86 = first.scope("x86_64", false).orElseThrow();
        ResponseBody body = x86.asBuilt();

        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);

        assertThat(index.requests).containsExactly(Request.NONE, new Request("\"index-1\"", null));
        // A weak tag goes back as received: If-None-Match compares weakly.
        assertThat(updates.requests).containsExactly(Request.NONE, new Request("W/\"updates-1\"", null));
        LoadedStream second = slot.current().orElseThrow();
        assertThat(second).isSameAs(first);
        assertThat(second.graphs()).isSameAs(graphs);
        assertThat(second.scope("x86_64", false).orElseThrow()).isSameAs(x86);
        assertThat(x86.asBuilt()).isSameAs(body);
        assertThat(fetchedBytes(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(INDEX.length);
        assertThat(fetchedBytes(ServiceMetrics.UPDATES_DOCUMENT)).isEqualTo(UPDATES.length);
        assertThat(notModified(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(1);
        assertThat(notModified(ServiceMetrics.UPDATES_DOCUMENT)).isEqualTo(1);
        assertThat(refreshes("updated")).isEqualTo(1);
        assertThat(refreshes("unchanged")).isEqualTo(1);
    }

    @Test
    void aChangedDocumentIsRebuiltWithTheOtherOneAsServed() {
        index.etag = "\"index-1\"";
        updates.etag = "\"updates-1\"";
        refresher.refresh(slot);
        GraphSet before = slot.current().orElseThrow().graphs();

        updates.change(UPDATES_WITHOUT_BARRIER, "\"updates-2\"");
        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UPDATED);
        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);

        GraphSet after = slot.current().orElseThrow().graphs();
        assertThat(after).isNotEqualTo(before);
        // Built from the index kept at the first refresh (it answered 304) and the new updates.
        assertThat(after.asMap())
                .isEqualTo(built(INDEX, UPDATES_WITHOUT_BARRIER).asMap());
        assertThat(index.requests)
                .containsExactly(Request.NONE, new Request("\"index-1\"", null), new Request("\"index-1\"", null));
        assertThat(updates.requests)
                .containsExactly(Request.NONE, new Request("\"updates-1\"", null), new Request("\"updates-2\"", null));
        assertThat(fetchedBytes(ServiceMetrics.UPDATES_DOCUMENT))
                .isEqualTo(UPDATES.length + UPDATES_WITHOUT_BARRIER.length);
        assertThat(notModified(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(2);
        assertThat(notModified(ServiceMetrics.UPDATES_DOCUMENT)).isEqualTo(1);
        assertThat(refreshes("updated")).isEqualTo(2);
    }

    @Test
    void aLastModifiedDateAloneIsSentBackAsIfModifiedSince() {
        index.lastModified = LAST_MODIFIED;
        updates.lastModified = LAST_MODIFIED;
        refresher.refresh(slot);
        GraphSet graphs = slot.current().orElseThrow().graphs();

        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);

        assertThat(index.requests).containsExactly(Request.NONE, new Request(null, LAST_MODIFIED));
        assertThat(slot.current().orElseThrow().graphs()).isSameAs(graphs);
        assertThat(notModified(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(1);
        assertThat(fetchedBytes(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(INDEX.length);
    }

    @Test
    void aServerThatIgnoresTheConditionsSendsTheDocumentAgainAndNothingIsRebuilt() {
        index.etag = "\"index-1\"";
        index.honoursConditions = false;
        updates.etag = "\"updates-1\"";
        updates.honoursConditions = false;
        refresher.refresh(slot);
        LoadedStream first = slot.current().orElseThrow();

        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);

        assertThat(index.requests).containsExactly(Request.NONE, new Request("\"index-1\"", null));
        assertThat(slot.current().orElseThrow()).isSameAs(first);
        assertThat(fetchedBytes(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(2L * INDEX.length);
        assertThat(notModified(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isZero();
    }

    @Test
    void aSourceWithoutValidatorsIsFetchedInFullEveryTime() {
        refresher.refresh(slot);
        GraphSet graphs = slot.current().orElseThrow().graphs();

        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.UNCHANGED);

        assertThat(index.requests).containsExactly(Request.NONE, Request.NONE);
        assertThat(updates.requests).containsExactly(Request.NONE, Request.NONE);
        assertThat(slot.current().orElseThrow().graphs()).isSameAs(graphs);
        assertThat(fetchedBytes(ServiceMetrics.UPDATES_DOCUMENT)).isEqualTo(2L * UPDATES.length);
    }

    @Test
    void aNotModifiedAnswerToARequestWithoutValidatorsIsAFetchFailure() {
        index.alwaysNotModified = true;

        RefreshResult result = refresher.refresh(slot);

        assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
        assertThat(result.failure())
                .contains(slot.sources().releaseIndex().location()
                        + ": HTTP status 304 Not Modified to a request without validators, expected 200");
        assertThat(slot.current()).isEmpty();
        assertThat(registry.get(ServiceMetrics.REFRESH_FAILURES)
                        .tags("stream", "test", "reason", "fetch")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(refreshes("failed")).isEqualTo(1);
    }

    @Test
    void aFailedRefreshKeepsTheValidatorsOfTheServedDocuments() {
        index.etag = "\"index-1\"";
        updates.etag = "\"updates-1\"";
        refresher.refresh(slot);
        GraphSet served = slot.current().orElseThrow().graphs();

        index.change(INDEX, "\"index-2\"");
        updates.failing = true;
        assertThat(refresher.refresh(slot).outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
        assertThat(slot.current().orElseThrow().graphs()).isSameAs(served);

        updates.failing = false;
        refresher.refresh(slot);

        // The index of the failed refresh was never served: its tag is not sent back.
        assertThat(index.requests)
                .containsExactly(Request.NONE, new Request("\"index-1\"", null), new Request("\"index-1\"", null));
        assertThat(fetchedBytes(ServiceMetrics.RELEASE_INDEX_DOCUMENT)).isEqualTo(3L * INDEX.length);
    }

    private static GraphSet built(byte[] indexBytes, byte[] updatesBytes) {
        DocumentReader reader = DocumentReader.standard();
        return GraphBuilder.buildAll(
                reader.read(DocumentType.RELEASE_INDEX, indexBytes),
                reader.read(DocumentType.UPDATES, updatesBytes),
                "test",
                GraphBuilder.DEFAULT_ARCHITECTURES);
    }

    private long fetchedBytes(String document) {
        return (long) registry.get(ServiceMetrics.SOURCE_FETCHED)
                .tags("stream", "test", "document", document)
                .counter()
                .count();
    }

    private long notModified(String document) {
        return Search.in(registry)
                .name(ServiceMetrics.SOURCE_NOT_MODIFIED)
                .tags("stream", "test", "document", document)
                .counters()
                .stream()
                .mapToLong(counter -> (long) counter.count())
                .sum();
    }

    private long refreshes(String outcome) {
        return (long) registry.get(ServiceMetrics.REFRESHES)
                .tags("stream", "test", "outcome", outcome)
                .counter()
                .count();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConditionalRefreshTest.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The conditions of one request. */
    record Request(String ifNoneMatch, String ifModifiedSince) {
        static final Request NONE = new Request(null, null);
    }

    /** One document as the test server serves it, with the conditions of every request for it. */
    static final class Document {
        final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
        volatile byte[] body;
        volatile String etag;
        volatile String lastModified;
        volatile boolean honoursConditions = true;
        volatile boolean alwaysNotModified;
        volatile boolean failing;

        Document(byte[] body) {
            this.body = body;
        }

        void change(byte[] newBody, String newEtag) {
            body = newBody;
            etag = newEtag;
        }

        void handle(HttpExchange exchange) throws IOException {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            requests.add(new Request(ifNoneMatch, ifModifiedSince));
            if (failing) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            if (etag != null) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            if (lastModified != null) {
                exchange.getResponseHeaders().add("Last-Modified", lastModified);
            }
            boolean unchanged = ifNoneMatch != null
                    ? ifNoneMatch.equals(etag)
                    : ifModifiedSince != null && ifModifiedSince.equals(lastModified);
            if (alwaysNotModified || (honoursConditions && unchanged)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body;
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
