/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.internal.IoFailures;
import io.github.coreosrelease.core.json.internal.JsonCursor;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.json.internal.StreamingCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads pipeline documents into their typed models. Thread-safe and reusable.
 *
 * <pre>{@code
 * DocumentReader reader = DocumentReader.standard();
 * ReleaseIndex index = reader.read(DocumentType.RELEASE_INDEX, Path.of("releases.json"));
 * Updates updates = reader.read(DocumentType.UPDATES, bytes);
 * Updates inline = reader.read(DocumentType.UPDATES, "{\"stream\": \"stable\", ...}");
 * }</pre>
 *
 * <p>Unknown fields are kept; duplicate keys, trailing content, documents over the size limit and
 * nesting deeper than the limit are rejected. Every failure is a {@link DocumentException} naming
 * the document, the JSON pointer, the line and column, and what was expected; nothing partially
 * read is ever returned.
 */
public final class DocumentReader {
    private static final DocumentReader STANDARD = new DocumentReader(JsonSupport.defaults());

    private final JsonSupport json;

    private DocumentReader(JsonSupport json) {
        this.json = json;
    }

    /**
     * A reader with the default {@link JsonLimits}.
     *
     * @return a shared reader
     */
    public static DocumentReader standard() {
        return STANDARD;
    }

    /**
     * A reader with custom limits.
     *
     * @param limits size and depth bounds
     * @return a new reader
     */
    public static DocumentReader withLimits(JsonLimits limits) {
        return new DocumentReader(new JsonSupport(Objects.requireNonNull(limits, "limits")));
    }

    /**
     * The limits this reader enforces.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return json.limits();
    }

    /**
     * Reads a document from bytes.
     *
     * @param type the document type
     * @param bytes UTF-8 JSON
     * @param <T> the model class
     * @return the model
     * @throws DocumentException on bad input
     */
    public <T> T read(DocumentType<T> type, byte[] bytes) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bytes, "bytes");
        if (type.codec() instanceof StreamingCodec<T> streaming) {
            // The release index and the updates: no tree of a document that may be 100 MB.
            Optional<T> model = json.stream(type.kind(), bytes, streaming);
            if (model.isPresent()) {
                return model.get();
            }
            // Bad input: the tree reader below names the problem, as it always has.
        }
        JsonNode root = json.parse(type.kind(), bytes);
        try {
            return type.codec().decode(JsonCursor.root(type.kind(), root));
        } catch (DocumentException e) {
            throw json.locate(e, bytes);
        }
    }

    /**
     * Reads a document from a stream, which is read to its end but not closed. At most the
     * document size limit is buffered.
     *
     * @param type the document type
     * @param in UTF-8 JSON
     * @param <T> the model class
     * @return the model
     * @throws DocumentException on bad input
     * @throws UncheckedIOException if the stream fails
     */
    public <T> T read(DocumentType<T> type, InputStream in) {
        return read(type, readBounded(type, in));
    }

    /**
     * Reads a document from a file.
     *
     * @param type the document type
     * @param path the file
     * @param <T> the model class
     * @return the model
     * @throws DocumentException on bad input
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(DocumentType<T> type, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(type, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + IoFailures.fileProblem(path, e), e);
        } catch (UncheckedIOException e) {
            // Reading (not opening) failed, e.g. on a directory.
            throw new UncheckedIOException(
                    "cannot read " + path + ": " + IoFailures.fileProblem(path, e.getCause()), e.getCause());
        }
    }

    /**
     * Reads a document from JSON text, e.g. a string literal in a test or a response body. The
     * text is the document itself, not a file name: read a file with {@link #read(DocumentType,
     * Path)}.
     *
     * @param type the document type
     * @param json the JSON text
     * @param <T> the model class
     * @return the model
     * @throws DocumentException on bad input, as {@link #read(DocumentType, byte[])}
     */
    public <T> T read(DocumentType<T> type, String json) {
        Objects.requireNonNull(json, "json");
        return read(type, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads all bytes of a stream, refusing more than the document size limit.
     *
     * @param type the document type, for the error message
     * @param in the stream
     * @return the bytes
     */
    byte[] readBounded(DocumentType<?> type, InputStream in) {
        long limit = json.limits().maxDocumentBytes();
        return readAtMost(in, limit)
                .orElseThrow(() -> new DocumentException(
                        type.kind(), "", "document is larger than the limit of " + limit + " bytes"));
    }

    /**
     * Reads a stream to its end unless it holds more than {@code limit} bytes; never buffers more
     * than the limit (plus one read chunk). The stream is not closed.
     *
     * @param in the stream
     * @param limit the most bytes accepted
     * @return the bytes, or empty when the stream is longer than the limit
     * @throws UncheckedIOException if the stream fails
     */
    public static Optional<byte[]> readAtMost(InputStream in, long limit) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > limit) {
                    return Optional.empty();
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(buffer.toByteArray());
    }
}
