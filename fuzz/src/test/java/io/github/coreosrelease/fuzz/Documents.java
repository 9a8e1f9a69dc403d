/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import java.util.List;

/**
 * The reading and writing every fuzz target does the same way: documents are read with the
 * standard reader, and what an entry point returns must write and read back equal (the writer is
 * lossless, SPEC §1).
 */
final class Documents {
    private static final DocumentReader READER = DocumentReader.standard();

    private Documents() {}

    /**
     * Reads one document with the standard reader.
     *
     * @param type the document type
     * @param json the document's bytes
     * @param <T> the model
     * @return the model
     */
    static <T> T read(DocumentType<T> type, byte[] json) {
        return READER.read(type, json);
    }

    /**
     * Reads the first two NUL-separated parts as a release index and an updates document, as the
     * graph builder and lint take them.
     *
     * @param parts the input's parts (at least two)
     * @return the two documents
     */
    static IndexAndUpdates indexAndUpdates(List<byte[]> parts) {
        return new IndexAndUpdates(
                read(DocumentType.RELEASE_INDEX, parts.get(0)), read(DocumentType.UPDATES, parts.get(1)));
    }

    /**
     * Asserts that a document writes (compact) and reads back equal.
     *
     * @param type the document type
     * @param document the document
     * @param <T> the model
     * @return the written bytes
     */
    static <T> byte[] assertWritesBack(DocumentType<T> type, T document) {
        byte[] written = DocumentWriter.compact().write(type, document);
        assertThat(READER.read(type, written))
                .as("%s as written, read back", type)
                .isEqualTo(document);
        return written;
    }

    /**
     * A release index and the updates document of its stream.
     *
     * @param index the release index
     * @param updates the updates document
     */
    record IndexAndUpdates(ReleaseIndex index, Updates updates) {}
}
