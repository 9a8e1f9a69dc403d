/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.generate.GeneratedStream;
import io.github.coreosrelease.graph.generate.GeneratorOptions;
import io.github.coreosrelease.graph.generate.StreamGenerator;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.RefreshResult;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * One graph service holding many streams (issue 11, target 6), its sources on a local HTTP server:
 * live heap per stream after collections, with the server sending validators and without, and the
 * cost of one refresh interval (all streams refreshed once) when every document is unchanged (304)
 * and when every updates document changed; bytes the server sent per interval.
 *
 * <pre>{@code
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.coreosrelease.benchmarks.ManyStreams 1000 300
 * }</pre>
 */
public final class ManyStreams {
    private ManyStreams() {}

    /**
     * Runs the measurement and prints one line per figure.
     *
     * @param args number of streams (1000) and releases per stream (300)
     * @throws IOException if the local server cannot start
     */
    public static void main(String[] args) throws IOException {
        int streams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        DocumentServer server = new DocumentServer();
        try {
            for (int i = 0; i < streams; i++) {
                String name = String.format(Locale.ROOT, "s%04d", i);
                GeneratedStream generated = StreamGenerator.generate(
                        GeneratorOptions.builder().releases(releases).ociFrom(0.5).seed(i).stream(name)
                                .build());
                DocumentWriter writer = DocumentWriter.indented(2);
                server.put(
                        "/" + name + "/releases.json",
                        writer.write(DocumentType.RELEASE_INDEX, generated.releaseIndex()));
                server.put("/" + name + "/updates.json", writer.write(DocumentType.UPDATES, generated.updates()));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d streams of %d releases; documents: %d bytes (%d bytes per stream)%n",
                    streams,
                    releases,
                    server.documentBytes(),
                    server.documentBytes() / streams);
            measure(server, streams, true);
            measure(server, streams, false);
        } finally {
            server.stop();
        }
    }

    private static void measure(DocumentServer server, int streams, boolean validators) {
        server.validators = validators;
        GraphServiceConfig.Builder config = GraphServiceConfig.builder();
        for (int i = 0; i < streams; i++) {
            String name = String.format(Locale.ROOT, "s%04d", i);
            config.addStream(StreamSources.of(
                    name,
                    DocumentSource.url(server.uri("/" + name + "/releases.json")),
                    DocumentSource.url(server.uri("/" + name + "/updates.json"))));
        }
        String label = validators ? "with validators" : "without validators";
        long before = liveHeap();
        try (GraphService service = GraphService.create(config.build(), Clock.systemUTC(), new SimpleMeterRegistry())) {
            Interval first = interval(server, service);
            long loaded = liveHeap();
            System.out.printf(
                    Locale.ROOT,
                    "%s: first load %s; live heap %.1f MB per stream%n",
                    label,
                    first,
                    (loaded - before) / 1e6 / streams);
            for (int round = 0; round < 3; round++) {
                System.out.printf(Locale.ROOT, "%s: interval, nothing changed: %s%n", label, interval(server, service));
            }
            for (int round = 0; round < 3; round++) {
                server.touchUpdates(round);
                System.out.printf(
                        Locale.ROOT,
                        "%s: interval, every updates document changed: %s%n",
                        label,
                        interval(server, service));
            }
        }
    }

    private static Interval interval(DocumentServer server, GraphService service) {
        long sentBefore = server.sent.get();
        long notModifiedBefore = server.notModified.get();
        long start = System.nanoTime();
        List<RefreshResult> results = service.refreshAll();
        long nanos = System.nanoTime() - start;
        Map<RefreshResult.Outcome, Long> outcomes =
                results.stream().collect(Collectors.groupingBy(RefreshResult::outcome, Collectors.counting()));
        return new Interval(
                nanos / 1e9, server.sent.get() - sentBefore, server.notModified.get() - notModifiedBefore, outcomes);
    }

    /** The heap in use after full collections, once it stops shrinking. */
    private static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    /** One refresh of every stream. */
    private record Interval(double seconds, long bytes, long notModified, Map<RefreshResult.Outcome, Long> outcomes) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%.2f s, %d bytes received, %d answers 304, outcomes %s",
                    seconds,
                    bytes,
                    notModified,
                    outcomes);
        }
    }

    /** Serves documents from memory with a content ETag, answering If-None-Match when told to. */
    private static final class DocumentServer {
        private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
        private final Map<String, String> etags = new ConcurrentHashMap<>();
        private final HttpServer http;
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong notModified = new AtomicLong();
        volatile boolean validators = true;

        DocumentServer() throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            http.createContext("/", this::handle);
            http.setExecutor(executor);
            http.start();
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
        }

        void put(String path, byte[] body) {
            documents.put(path, body);
            etags.put(path, '"' + HexFormat.of().formatHex(sha256(body), 0, 16) + '"');
        }

        long documentBytes() {
            return documents.values().stream().mapToLong(body -> body.length).sum();
        }

        /** A new last-modified date in every updates document: new bytes, the same graphs. */
        void touchUpdates(int round) {
            for (String path : List.copyOf(documents.keySet())) {
                if (path.endsWith("/updates.json")) {
                    Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, documents.get(path));
                    Updates touched = Updates.builder()
                            .from(updates)
                            .metadata(DocumentMetadata.builder()
                                    .lastModified("2030-01-0" + (round + 1) + "T00:00:00Z")
                                    .build())
                            .build();
                    put(path, DocumentWriter.indented(2).write(DocumentType.UPDATES, touched));
                }
            }
        }

        void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            byte[] body = documents.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (validators) {
                String etag = etags.get(path);
                exchange.getResponseHeaders().add("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            sent.addAndGet(body.length);
        }

        void stop() {
            http.stop(0);
            executor.shutdownNow();
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
