/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import java.nio.charset.StandardCharsets;

/** Test helper: documents from and to compact JSON text, for exact round-trip assertions. */
final class TextDocuments {
    private TextDocuments() {}

    static <T> T read(DocumentType<T> type, String json) {
        return DocumentReader.standard().read(type, json.getBytes(StandardCharsets.UTF_8));
    }

    static <T> String write(DocumentType<T> type, T document) {
        return DocumentWriter.compact().writeString(type, document);
    }
}
