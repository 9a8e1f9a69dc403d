/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import java.io.IOException;

/**
 * A codec that can also decode its document straight from the parser's tokens, without a tree of
 * the whole document: for the large documents of a graph refresh (the release index and the
 * updates), whose trees would take several times the memory of their models.
 *
 * <p>Only valid input needs to decode the same way as {@link Codec#decode}: on any failure, {@code
 * DocumentReader} reads the document again through the tree, so that bad input gets exactly the
 * error the tree reader gives (syntax errors before model errors, pointers, line and column).
 *
 * @param <T> the model class
 */
public interface StreamingCodec<T> extends Codec<T> {
    /**
     * Decodes a document from its tokens.
     *
     * @param in the tokens, positioned before the document's first
     * @return the model, equal to what {@link #decode(JsonCursor)} gives for the same document
     * @throws IOException if the JSON is malformed or beyond the parser's bounds
     * @throws RuntimeException on any other bad input (its message is never shown)
     */
    T decode(TokenReader in) throws IOException;
}
