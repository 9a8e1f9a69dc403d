/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.internal.IoFailures;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the CLI's inputs: a path, {@code -} for standard input, or an http(s) URL; errors name the
 * source as given on the command line.
 */
final class Inputs {
    private static final long MAX_BYTES = JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    private Inputs() {}

    /**
     * Reads and parses a document.
     *
     * @param type the document type
     * @param source a path, {@code -} or a URL
     * @param <T> the model
     * @return the model
     */
    static <T> T read(DocumentType<T> type, String source) {
        return parse(type, source, bytes(source));
    }

    /**
     * Parses bytes read from a source, naming the source in errors.
     *
     * @param type the document type
     * @param source the source, for messages
     * @param bytes the content
     * @param <T> the model
     * @return the model
     */
    static <T> T parse(DocumentType<T> type, String source, byte[] bytes) {
        try {
            return DocumentReader.standard().read(type, bytes);
        } catch (DocumentException e) {
            throw new InputException(located(source, e), e);
        }
    }

    /**
     * Formats a document error as {@code SOURCE: POINTER: problem (line L, column C)}.
     *
     * @param source the source name
     * @param e the error
     * @return the message
     */
    static String located(String source, DocumentException e) {
        // Shortened like the exception's own message: one readable line even 256 levels deep.
        return e.describe(source);
    }

    /**
     * Refuses a command line that names standard input more than once: the first read would leave
     * nothing for the others.
     *
     * @param sources paths, {@code -} or URLs
     * @throws UsageException if {@code -} appears more than once
     */
    static void requireStdinAtMostOnce(Collection<String> sources) {
        if (sources.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("standard input (-) can be read only once");
        }
    }

    /**
     * Reads every source before any is used, so that an unreadable one stops a command before it
     * prints anything.
     *
     * @param sources paths, {@code -} (at most once) or URLs
     * @return their contents, in order
     */
    static List<byte[]> allBytes(List<String> sources) {
        requireStdinAtMostOnce(sources);
        List<byte[]> contents = new ArrayList<>(sources.size());
        for (String source : sources) {
            contents.add(bytes(source));
        }
        return contents;
    }

    /**
     * Reads the raw bytes of a source.
     *
     * @param source a path, {@code -} or a URL
     * @return the content
     */
    static byte[] bytes(String source) {
        try {
            if (source.equals("-")) {
                return bounded(source, System.in);
            }
            if (source.startsWith("http://") || source.startsWith("https://")) {
                return fetch(source);
            }
            Path path = Path.of(source);
            try (InputStream in = Files.newInputStream(path)) {
                return bounded(source, in);
            } catch (IOException e) {
                throw new InputException(source + ": " + IoFailures.fileProblem(path, e), e);
            }
        } catch (IOException e) {
            throw new InputException(source + ": cannot read: " + IoFailures.describe(e), e);
        }
    }

    private static byte[] fetch(String url) throws IOException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new InputException(url + ": " + IoFailures.requestProblem(request.uri(), e), e);
            }
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new InputException(url + ": HTTP status " + response.statusCode(), null);
                }
                return bounded(url, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url + ": interrupted", e);
        }
    }

    private static byte[] bounded(String source, InputStream in) throws IOException {
        try {
            return DocumentReader.readAtMost(in, MAX_BYTES)
                    .orElseThrow(() -> new InputException(source + ": larger than " + MAX_BYTES + " bytes", null));
        } catch (UncheckedIOException e) {
            // Let the caller say what failed: the file, standard input or the response.
            throw e.getCause();
        }
    }
}
