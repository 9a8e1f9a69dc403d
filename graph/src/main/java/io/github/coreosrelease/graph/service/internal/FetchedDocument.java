/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import java.util.Optional;

/**
 * What one fetch of a source returned: the document's bytes, or word from an HTTP server that the
 * document is unchanged since the validators the request sent ({@code 304 Not Modified}).
 */
public final class FetchedDocument {
    private final byte[] body;
    private final Optional<Validators> validators;
    private final long transferredBytes;

    private FetchedDocument(byte[] body, Optional<Validators> validators, long transferredBytes) {
        this.body = body;
        this.validators = validators;
        this.transferredBytes = transferredBytes;
    }

    /**
     * A document read in full.
     *
     * @param body its bytes, decoded
     * @param validators what the server sent to revalidate it, empty for a file, a classpath
     *     resource or a server without validators
     * @param transferredBytes the bytes received: the body as sent, before gzip decoding
     * @return the result
     */
    static FetchedDocument body(byte[] body, Optional<Validators> validators, long transferredBytes) {
        return new FetchedDocument(body, validators, transferredBytes);
    }

    /**
     * A {@code 304 Not Modified} answer.
     *
     * @param validators the validators the 304 carried, if any
     * @param transferredBytes the body bytes received (a 304 has none; a server may still send
     *     some)
     * @return the result
     */
    static FetchedDocument notModified(Optional<Validators> validators, long transferredBytes) {
        return new FetchedDocument(null, validators, transferredBytes);
    }

    /**
     * Whether the server answered that the document has not changed.
     *
     * @return {@code true} for a 304
     */
    public boolean notModified() {
        return body == null;
    }

    /**
     * The document's bytes.
     *
     * @return the bytes, not a copy (the fetcher keeps none)
     * @throws IllegalStateException for a 304, which has no document
     */
    public byte[] body() {
        if (body == null) {
            throw new IllegalStateException("a 304 Not Modified answer has no document");
        }
        return body;
    }

    /**
     * The validators of the response.
     *
     * @return the validators, empty if the response had none
     */
    public Optional<Validators> validators() {
        return validators;
    }

    /**
     * The body bytes received, as sent (before gzip decoding); the size of the file or resource for
     * other sources.
     *
     * @return the count
     */
    public long transferredBytes() {
        return transferredBytes;
    }
}
