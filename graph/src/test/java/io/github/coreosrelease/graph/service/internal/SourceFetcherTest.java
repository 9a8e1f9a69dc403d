/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.coreosrelease.graph.service.DocumentSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a real HTTP server on the loopback interface. */
class SourceFetcherTest {
    private static final byte[] DOCUMENT = "{\"stream\":\"test\",\"releases\":[]}".getBytes(StandardCharsets.UTF_8);

    /** Compresses to far less than its 2012 bytes. */
    private static final byte[] COMPRESSIBLE =
            ("{\"note\":\"" + "a".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/plain", exchange -> {
            exchange.sendResponseHeaders(200, DOCUMENT.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(DOCUMENT);
            }
        });
        server.createContext("/gzip", exchange -> {
            assertThat(exchange.getRequestHeaders().getFirst("Accept-Encoding")).isEqualTo("gzip");
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
                gz.write(COMPRESSIBLE);
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, compressed.size());
            try (OutputStream out = exchange.getResponseBody()) {
                compressed.writeTo(out);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/brotli", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            exchange.sendResponseHeaders(200, DOCUMENT.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(DOCUMENT);
            }
        });
        server.createContext("/chunked", exchange -> {
            // Length 0: chunked, so only the bytes read tell the size.
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(DOCUMENT);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static SourceFetcher fetcher(long maxBytes) {
        return new SourceFetcher(Duration.ofSeconds(5), Duration.ofSeconds(20), maxBytes);
    }

    private DocumentSource url(String path) {
        return DocumentSource.url(URI.create(base + path));
    }

    @Test
    void readsPlainAndGzipResponses() throws Exception {
        assertThat(fetcher(1000).fetch(url("/plain"), Optional.empty()).body()).isEqualTo(DOCUMENT);
        assertThat(fetcher(5000).fetch(url("/gzip"), Optional.empty()).body()).isEqualTo(COMPRESSIBLE);
    }

    @Test
    void countsTheBytesAsSentBeforeGzipDecoding() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(COMPRESSIBLE);
        }

        FetchedDocument gzip = fetcher(5000).fetch(url("/gzip"), Optional.empty());
        FetchedDocument plain = fetcher(1000).fetch(url("/plain"), Optional.empty());

        assertThat(gzip.transferredBytes()).isEqualTo(compressed.size());
        assertThat(plain.transferredBytes()).isEqualTo(DOCUMENT.length);
        assertThat(plain.notModified()).isFalse();
        assertThat(plain.validators()).isEmpty();
    }

    @Test
    void refusesOtherStatusesEncodingsAndOversizedDocuments() {
        assertThatThrownBy(() -> fetcher(1000).fetch(url("/missing"), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/missing: HTTP status 404, expected 200");
        assertThatThrownBy(() -> fetcher(1000).fetch(url("/brotli"), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/brotli: unsupported Content-Encoding \"br\"");
        assertThatThrownBy(() -> fetcher(10).fetch(url("/plain"), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/plain: document of " + DOCUMENT.length + " bytes is larger than the limit of 10");
        assertThatThrownBy(() -> fetcher(10).fetch(url("/chunked"), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/chunked: document is larger than the limit of 10 bytes");
        // The limit applies to the decoded document, whatever the compressed size.
        assertThatThrownBy(() -> fetcher(500).fetch(url("/gzip"), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(base + "/gzip: document is larger than the limit of 500 bytes");
    }

    @Test
    void reportsAnUnreachableServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort + "/releases.json";

        assertThatThrownBy(() -> fetcher(1000).fetch(DocumentSource.parse(unreachable), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(unreachable + ": cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void namesAMissingFileOrADirectoryOnce(@TempDir Path dir) {
        Path missing = dir.resolve("releases.json");

        assertThatThrownBy(() -> fetcher(1000).fetch(DocumentSource.file(missing), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> fetcher(1000).fetch(DocumentSource.file(dir), Optional.empty()))
                .isInstanceOf(FetchException.class)
                .hasMessage(dir + ": is a directory");
    }
}
