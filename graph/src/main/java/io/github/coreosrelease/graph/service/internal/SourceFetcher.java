/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.core.internal.IoFailures;
import io.github.coreosrelease.graph.service.DocumentSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bytes of a {@link DocumentSource}, refusing documents over a size limit. http(s)
 * sources go through one JDK {@link HttpClient} with connect and request timeouts, redirects
 * followed (never from https to http) and gzip transfer accepted; only status 200 is a document.
 * Thread-safe.
 */
public final class SourceFetcher {
    private static final String USER_AGENT = "coreos-release-graph-service";

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long maxBytes;
    private volatile HttpClient client;

    /**
     * Creates a fetcher.
     *
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for the response headers
     * @param maxBytes the largest document accepted (after gzip decoding)
     */
    public SourceFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads a source completely.
     *
     * @param source the source
     * @return its bytes
     * @throws FetchException if the source cannot be read or is larger than the limit
     * @throws InterruptedException if the thread is interrupted while waiting for an http(s)
     *     response
     */
    public byte[] fetch(DocumentSource source) throws FetchException, InterruptedException {
        return switch (source.kind()) {
            case FILE -> file(source.location());
            case CLASSPATH -> resource(source.location());
            case URL -> http(source.uri());
            default -> throw new IllegalStateException("unknown source kind " + source.kind());
        };
    }

    private byte[] file(String location) throws FetchException {
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return bounded(location, in);
        } catch (IOException e) {
            throw new FetchException(location + ": " + IoFailures.fileProblem(Path.of(location), e), e);
        }
    }

    private byte[] resource(String name) throws FetchException {
        String label = DocumentSource.CLASSPATH_PREFIX + name;
        InputStream in = null;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            in = context.getResourceAsStream(name);
        }
        if (in == null) {
            in = SourceFetcher.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new FetchException(label + ": no such classpath resource", null);
        }
        try (InputStream resource = in) {
            return bounded(label, resource);
        } catch (IOException e) {
            throw new FetchException(label + ": cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] http(URI uri) throws FetchException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(uri + ": " + IoFailures.requestProblem(uri, e), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new FetchException(uri + ": HTTP status " + response.statusCode() + ", expected 200", null);
            }
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchException(
                        uri + ": document of " + declared + " bytes is larger than the limit of " + maxBytes, null);
            }
            String encoding = response.headers()
                    .firstValue("Content-Encoding")
                    .orElse("identity")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            if (encoding.equals("gzip")) {
                try (InputStream plain = new GZIPInputStream(body)) {
                    return bounded(uri.toString(), plain);
                }
            }
            if (!encoding.equals("identity")) {
                throw new FetchException(uri + ": unsupported Content-Encoding \"" + encoding + "\"", null);
            }
            return bounded(uri.toString(), body);
        } catch (IOException e) {
            throw new FetchException(uri + ": reading the response failed: " + IoFailures.describe(e), e);
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    // Built on first use: a service that only reads files starts no HTTP threads.
                    current = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                    client = current;
                }
            }
        }
        return current;
    }

    private byte[] bounded(String label, InputStream in) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new FetchException(label + ": document is larger than the limit of " + maxBytes + " bytes", null);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
