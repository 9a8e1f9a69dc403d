/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.Scope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a real process under load from 8 client threads, stopped with SIGTERM: every
 * request the server started to answer gets a complete response (the whole graph, or the graceful
 * shutdown's 503), no response is cut off, and the process exits 143 after saying it stopped.
 * Each request is one connection ({@code Connection: close}), read to its end over a plain socket,
 * so that a cut-off response is seen as one and not hidden by a client library.
 */
class ServeSigtermUnderLoadTest {
    private static final int CLIENTS = 8;
    /** Complete graph responses before the signal: the server is under load when it comes. */
    private static final int BEFORE_SIGTERM = 200;
    /** A bound on the whole test, far above what it takes, so that a hang fails instead of blocking. */
    private static final long DEADLINE_SECONDS = 120;

    // HTTP wants CRLF line ends: a text block ends its lines with LF alone, so each line adds \r.
    private static final String REQUEST = """
            GET /v1/graph?basearch=x86_64&stream=sample HTTP/1.1\r
            Host: 127.0.0.1\r
            Connection: close\r
            \r
            """;

    /** What became of one request. */
    enum Outcome {
        /** 200 with exactly the graph of the first request, the one built from the sample stream. */
        GRAPH,
        /** 503 with a complete (empty) body: the request came after the shutdown began. */
        SHUTTING_DOWN,
        /** The connection was refused, or closed before the server sent a byte: not accepted. */
        NOT_ACCEPTED,
        /** Some of a response, then the connection ended: what must never happen. */
        CUT_OFF,
        /** A complete response other than the two above. */
        OTHER
    }

    @Test
    void finishesEveryAcceptedRequestAndExitsWith143(@TempDir Path dir) throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (ServeProcess serve = ServeProcess.start(stderr, "--no-policy")) {
            byte[] expected = firstBody(serve.port());
            // serve moves the sample's rollout to start when it starts: the same nodes and edges as
            // the sample stream built, at a start epoch of its own, the same for every request.
            CincinnatiGraph served = DocumentReader.standard().read(DocumentType.GRAPH, expected);
            CincinnatiGraph built = expectedGraph();
            assertThat(served.edges()).isEqualTo(built.edges());
            assertThat(served.nodes())
                    .extracting(GraphNode::version)
                    .isEqualTo(built.nodes().stream().map(GraphNode::version).toList());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            AtomicInteger graphs = new AtomicInteger();
            ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();
            List<Future<Map<Outcome, Integer>>> counts = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                counts.add(clients.submit(() -> load(serve.port(), expected, graphs, others, deadline)));
            }
            while (graphs.get() < BEFORE_SIGTERM && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int graphsBeforeSigterm = graphs.get();
            serve.process.destroy(); // SIGTERM on Linux

            assertThat(serve.process.waitFor(60, TimeUnit.SECONDS))
                    .as("exited after SIGTERM")
                    .isTrue();
            Map<Outcome, Integer> total = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                total.put(outcome, 0);
            }
            for (Future<Map<Outcome, Integer>> count : counts) {
                count.get(DEADLINE_SECONDS, TimeUnit.SECONDS)
                        .forEach((outcome, n) -> total.merge(outcome, n, Integer::sum));
            }
            System.out.printf(
                    "SIGTERM under load: %d graphs before the signal; outcomes %s%n", graphsBeforeSigterm, total);

            assertThat(graphsBeforeSigterm).isGreaterThanOrEqualTo(BEFORE_SIGTERM);
            assertThat(total.get(Outcome.CUT_OFF)).as("responses cut off").isZero();
            assertThat(others).as("other responses").isEmpty();
            assertThat(total.get(Outcome.OTHER)).isZero();
            assertThat(total.get(Outcome.GRAPH)).isEqualTo(graphs.get());
            assertThat(serve.process.exitValue()).isEqualTo(143);
            assertThat(Files.readString(stderr)).contains("graph server on /127.0.0.1:" + serve.port() + " stopped");
        } finally {
            clients.shutdownNow();
        }
    }

    /** One client: requests until the server refuses connections (it has exited) or the deadline. */
    private static Map<Outcome, Integer> load(
            int port, byte[] expected, AtomicInteger graphs, ConcurrentLinkedQueue<String> others, long deadline) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        boolean refused = false;
        while (!refused && System.nanoTime() < deadline) {
            Outcome outcome;
            try {
                outcome = request(port, expected, others);
            } catch (ConnectException e) {
                outcome = Outcome.NOT_ACCEPTED;
                refused = true;
            }
            if (outcome == Outcome.GRAPH) {
                graphs.incrementAndGet();
            }
            counts.merge(outcome, 1, Integer::sum);
        }
        return counts;
    }

    /** One request; throws {@link ConnectException} when the connection was not accepted. */
    private static Outcome request(int port, byte[] expected, ConcurrentLinkedQueue<String> others)
            throws ConnectException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            } catch (SocketException e) {
                // Refused, or reset by the kernel: a connection still in the listen backlog when
                // the server closed its listening socket was never accepted by the server.
                ConnectException notAccepted = new ConnectException("not accepted: " + e.getMessage());
                notAccepted.initCause(e);
                throw notAccepted;
            }
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // A reset: judged below by what arrived before it.
            }
        } catch (ConnectException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judge(received.toByteArray(), expected, others);
    }

    private static Outcome judge(byte[] response, byte[] expected, ConcurrentLinkedQueue<String> others) {
        if (response.length == 0) {
            return Outcome.NOT_ACCEPTED;
        }
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return Outcome.CUT_OFF;
        }
        String head = text.substring(0, end);
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        int length = contentLength(head);
        if (length < 0 || body.length != length) {
            return Outcome.CUT_OFF;
        }
        if (head.startsWith("HTTP/1.1 200 ") && Arrays.equals(body, expected)) {
            return Outcome.GRAPH;
        }
        if (head.startsWith("HTTP/1.1 503 ") && length == 0) {
            return Outcome.SHUTTING_DOWN;
        }
        others.add(head);
        return Outcome.OTHER;
    }

    private static int contentLength(String head) {
        for (String line : head.lines().toList()) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return -1;
    }

    /** The body of one request before the load: every later graph must be the same bytes. */
    private static byte[] firstBody(int port) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            received.write(socket.getInputStream().readAllBytes());
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("HTTP/1.1 200 OK\r\n");
        byte[] response = received.toByteArray();
        return Arrays.copyOfRange(response, text.indexOf("\r\n\r\n") + 4, response.length);
    }

    /** The sample stream's x86_64 checksum graph as built. */
    private static CincinnatiGraph expectedGraph() throws IOException {
        ReleaseIndex index = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, sample("releases.json"));
        Updates updates = DocumentReader.standard().read(DocumentType.UPDATES, sample("updates.json"));
        return GraphBuilder.build(index, updates, Scope.of("sample", "x86_64", false));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = Main.class.getResourceAsStream("/io/github/coreosrelease/examples/samples/" + name)) {
            return in.readAllBytes();
        }
    }
}
