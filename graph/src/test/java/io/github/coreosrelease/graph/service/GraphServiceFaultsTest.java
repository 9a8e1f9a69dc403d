/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.coreosrelease.graph.service.internal.ServiceMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service under upstream faults (issue 12): a loopback HTTP server answers each refresh with a
 * good release index, a different good one, or a fault (HTTP 500, a missing document, a body that
 * is not JSON, one that stops half-way, one over the size limit, one slower than the timeout),
 * while eight threads read graphs. Every response is the complete graph of the last good refresh,
 * every fault is counted and kept out, and the next good document is picked up. Bounded by a
 * number of rounds, not by time; {@code -Dcoreos.faults.rounds=N} runs longer.
 */
class GraphServiceFaultsTest {
    private static final int ROUNDS = Integer.getInteger("coreos.faults.rounds", 2);
    private static final int READERS = 8;
    private static final long MAX_BYTES = 64 * 1024;
    // Generous for a loaded CI machine; the slow answer takes twice as long.
    private static final Duration TIMEOUT = Duration.ofSeconds(4);

    /** What the release index URL answers at one refresh. */
    private enum Answer {
        GOOD_A,
        STATUS_500,
        MISSING,
        NOT_JSON,
        TRUNCATED,
        OVERSIZED,
        GOOD_B,
        SLOW
    }

    private final byte[] releasesA = Documents.text("releases.json").getBytes(StandardCharsets.UTF_8);
    // The same stream with one checksum changed: a different graph body.
    private final byte[] releasesB =
            Documents.text("releases.json").replace("c411x", "c411y").getBytes(StandardCharsets.UTF_8);
    private final byte[] updates = Documents.text("updates.json").getBytes(StandardCharsets.UTF_8);
    private final AtomicReference<Answer> answer = new AtomicReference<>(Answer.GOOD_A);
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/releases.json", this::answerReleases);
        server.createContext("/updates.json", exchange -> send(exchange, 200, updates, updates.length));
        // Enough threads that a request still sleeping in the slow answer delays no other.
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Test
    void readersSeeOnlyCompleteGoodGraphsWhileRefreshesAlternateWithFaults() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (GraphService service = GraphService.create(config(base), java.time.Clock.systemUTC(), registry)) {
            answer.set(Answer.GOOD_B);
            assertSucceeds(service.refresh("test"));
            byte[] bodyB = service.graph(query()).bodyBytes();
            answer.set(Answer.GOOD_A);
            assertSucceeds(service.refresh("test"));
            byte[] bodyA = service.graph(query()).bodyBytes();
            assertThat(bodyA).isNotEqualTo(bodyB);

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                reads.add(readers.submit(() -> {
                    int count = 0;
                    while (!stop.get() || count == 0) {
                        GraphResponse response = service.graph(query());
                        assertThat(response.status()).isEqualTo(200);
                        byte[] body = response.bodyBytes();
                        assertThat(Arrays.equals(body, bodyA) || Arrays.equals(body, bodyB))
                                .as("a complete graph A or B, got %s", new String(body, StandardCharsets.UTF_8))
                                .isTrue();
                        count++;
                    }
                    return count;
                }));
            }

            byte[] lastGood = bodyA;
            int faults = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (Answer next : Answer.values()) {
                    answer.set(next);
                    RefreshResult result = service.refresh("test");
                    boolean good = next == Answer.GOOD_A || next == Answer.GOOD_B;
                    assertThat(result.succeeded())
                            .as("round %d, %s: %s", round, next, result)
                            .isEqualTo(good);
                    if (good) {
                        lastGood = next == Answer.GOOD_A ? bodyA : bodyB;
                    } else {
                        faults++;
                    }
                    assertThat(service.graph(query()).bodyBytes())
                            .as("served after %s", next)
                            .isEqualTo(lastGood);
                }
            }
            stop.set(true);
            int total = 0;
            for (Future<Integer> read : reads) {
                total += read.get(60, TimeUnit.SECONDS);
            }
            readers.shutdown();

            assertThat(total).isGreaterThanOrEqualTo(READERS);
            assertThat(failures(registry)).isEqualTo(faults);
            assertThat(service.isReady()).isTrue();
        }
    }

    @Test
    void aRefusedConnectionIsCountedAndTheNextGoodRefreshIsPickedUp() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (GraphService refused =
                GraphService.create(config("http://127.0.0.1:" + closedPort), java.time.Clock.systemUTC(), registry)) {
            RefreshResult result = refused.refresh("test");

            assertThat(result.outcome()).isEqualTo(RefreshResult.Outcome.FAILED);
            assertThat(refused.isReady()).isFalse();
            assertThat(refused.graph(query()).status()).isEqualTo(503);
            assertThat(failures(registry)).isEqualTo(1);
        }
        try (GraphService good = GraphService.create(config(base), java.time.Clock.systemUTC(), registry)) {
            assertSucceeds(good.refresh("test"));
            assertThat(good.graph(query()).status()).isEqualTo(200);
        }
    }

    private void answerReleases(HttpExchange exchange) throws IOException {
        switch (answer.get()) {
            case GOOD_A -> send(exchange, 200, releasesA, releasesA.length);
            case GOOD_B -> send(exchange, 200, releasesB, releasesB.length);
            case STATUS_500 -> send(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8), 4);
            case MISSING -> send(exchange, 404, new byte[0], -1);
            case NOT_JSON -> {
                byte[] html = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, html, html.length);
            }
            case TRUNCATED -> {
                // Announces the whole document, sends half of it, then closes the connection.
                byte[] half = Arrays.copyOf(releasesA, releasesA.length / 2);
                exchange.sendResponseHeaders(200, releasesA.length);
                OutputStream out = exchange.getResponseBody();
                out.write(half);
                out.flush();
                exchange.close();
            }
            case OVERSIZED -> {
                byte[] big = ("{\"note\":\"" + "x".repeat((int) MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
                send(exchange, 200, big, big.length);
            }
            case SLOW -> {
                try {
                    Thread.sleep(TIMEOUT.toMillis() * 2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, releasesA, releasesA.length);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, long length) throws IOException {
        exchange.sendResponseHeaders(status, length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (length > 0) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client gave up first (the timeout case): nothing more to send.
        }
    }

    private static GraphServiceConfig config(String base) {
        return GraphServiceConfig.builder()
                .addStream(StreamSources.of(
                        "test",
                        DocumentSource.url(URI.create(base + "/releases.json")),
                        DocumentSource.url(URI.create(base + "/updates.json"))))
                .applyPolicy(false)
                .connectTimeout(Duration.ofSeconds(10))
                .requestTimeout(TIMEOUT)
                .maxDocumentBytes(MAX_BYTES)
                .build();
    }

    private static void assertSucceeds(RefreshResult result) {
        assertThat(result.succeeded()).as("%s", result).isTrue();
    }

    private static GraphQuery query() {
        return GraphQuery.builder().basearch("x86_64").stream("test").build();
    }

    private static int failures(SimpleMeterRegistry registry) {
        return (int) registry.find(ServiceMetrics.REFRESH_FAILURES).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
