/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.coreosrelease.core.json.internal.CompactGraphWriter;
import io.github.coreosrelease.core.json.internal.JsonOut;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes document models as JSON: known fields in a fixed order, then unknown fields in their
 * original order, numbers exactly as read. Thread-safe and reusable.
 *
 * <pre>{@code
 * byte[] json = DocumentWriter.indented(2).write(DocumentType.UPDATES, updates);
 * }</pre>
 */
public final class DocumentWriter {
    private static final DocumentWriter COMPACT = new DocumentWriter(0);

    private final int indent;

    private DocumentWriter(int indent) {
        this.indent = indent;
    }

    /**
     * A writer of compact JSON (no whitespace).
     *
     * @return a shared writer
     */
    public static DocumentWriter compact() {
        return COMPACT;
    }

    /**
     * A writer of indented JSON, one member per line.
     *
     * @param spaces indentation per level, 0 for compact output
     * @return a writer
     */
    public static DocumentWriter indented(int spaces) {
        if (spaces < 0 || spaces > 16) {
            throw new IllegalArgumentException("indent must be between 0 and 16 spaces, got " + spaces);
        }
        return spaces == 0 ? COMPACT : new DocumentWriter(spaces);
    }

    /**
     * Writes a document to bytes (UTF-8). Indented output ends with a newline.
     *
     * @param type the document type
     * @param document the model
     * @param <T> the model class
     * @return the JSON bytes
     */
    public <T> byte[] write(DocumentType<T> type, T document) {
        if (indent == 0 && type == DocumentType.GRAPH) {
            // The hot path of a refresh: every graph of a stream is serialized, mostly edges.
            Optional<byte[]> bytes = CompactGraphWriter.write(CincinnatiGraph.class.cast(document));
            if (bytes.isPresent()) {
                return bytes.get();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(type, document, out);
        return out.toByteArray();
    }

    /**
     * Writes a document as a string.
     *
     * @param type the document type
     * @param document the model
     * @param <T> the model class
     * @return the JSON text
     */
    public <T> String writeString(DocumentType<T> type, T document) {
        return new String(write(type, document), StandardCharsets.UTF_8);
    }

    /**
     * Writes a document to a stream, which is flushed but not closed.
     *
     * @param type the document type
     * @param document the model
     * @param out the target
     * @param <T> the model class
     */
    public <T> void write(DocumentType<T> type, T document, OutputStream out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
        try {
            JsonGenerator generator =
                    JsonSupport.defaults().mapper().getFactory().createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (indent > 0) {
                DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
                generator.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withObjectEmptySeparator("")
                                .withArrayEmptySeparator(""))
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter));
            }
            type.codec().encode(new JsonOut(generator), document);
            if (indent > 0) {
                generator.writeRaw('\n');
            }
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
