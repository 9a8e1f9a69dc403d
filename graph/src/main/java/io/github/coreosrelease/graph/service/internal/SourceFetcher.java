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
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bytes of a {@link DocumentSource}, refusing documents over a size limit. http(s)
 * sources go through one JDK {@link HttpClient} with connect and request timeouts, redirects
 * followed (never from https to http) and gzip transfer accepted; status 200 is a document, and
 * status 304 answers a conditional request (the validators of the previous response sent back as
 * {@code If-None-Match} and {@code If-Modified-Since}). Thread-safe; keeps no documents and no
 * validators (the caller does, with what it built from them).
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
     * Reads a source completely, or for an http(s) source with validators, unless the server
     * answers that it has not changed since.
     *
     * @param source the source
     * @param validators those of the document the caller holds for this source, sent as
     *     conditions; empty to fetch the document in full. Ignored for files and classpath
     *     resources, which are always read.
     * @return the document, or a 304 answer (only when validators were sent)
     * @throws FetchException if the source cannot be read, is larger than the limit, or the server
     *     answers 304 to a request without conditions
     * @throws InterruptedException if the thread is interrupted while waiting for an http(s)
     *     response
     */
    public FetchedDocument fetch(DocumentSource source, Optional<Validators> validators)
            throws FetchException, InterruptedException {
        return switch (source.kind()) {
            case FILE -> whole(file(source.location()));
            case CLASSPATH -> whole(resource(source.location()));
            case URL -> http(source.uri(), validators);
            default -> throw new IllegalStateException("unknown source kind " + source.kind());
        };
    }

    private static FetchedDocument whole(byte[] bytes) {
        return FetchedDocument.body(bytes, Optional.empty(), bytes.length);
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

    private FetchedDocument http(URI uri, Optional<Validators> validators) throws FetchException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT)
                .GET();
        // Both conditions when both are known: a server that knows entity tags ignores the date
        // (RFC 9110 §13.1.3); one that only knows dates still answers 304.
        validators.flatMap(Validators::etag).ifPresent(etag -> builder.header("If-None-Match", etag));
        validators.flatMap(Validators::lastModified).ifPresent(date -> builder.header("If-Modified-Since", date));
        HttpRequest request = builder.build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(uri + ": " + IoFailures.requestProblem(uri, e), e);
        }
        try (CountingInputStream body = new CountingInputStream(response.body())) {
            Optional<Validators> received = Validators.of(response.headers());
            if (response.statusCode() == 304) {
                if (validators.isEmpty()) {
                    // Nothing was asked conditionally, so there is no document this could confirm.
                    throw new FetchException(
                            uri + ": HTTP status 304 Not Modified to a request without validators, expected 200", null);
                }
                body.transferTo(OutputStream.nullOutputStream());
                return FetchedDocument.notModified(received, body.count());
            }
            if (response.statusCode() != 200) {
                String expected = validators.isPresent() ? "200 or 304" : "200";
                throw new FetchException(
                        uri + ": HTTP status " + response.statusCode() + ", expected " + expected, null);
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
            byte[] document;
            if (encoding.equals("gzip")) {
                try (InputStream plain = new GZIPInputStream(body)) {
                    document = bounded(uri.toString(), plain);
                }
            } else if (encoding.equals("identity")) {
                document = bounded(uri.toString(), body);
            } else {
                throw new FetchException(uri + ": unsupported Content-Encoding \"" + encoding + "\"", null);
            }
            return FetchedDocument.body(document, received, body.count());
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
