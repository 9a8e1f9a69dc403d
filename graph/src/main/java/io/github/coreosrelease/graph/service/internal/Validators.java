/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * The validators an HTTP server sent with a document ({@code ETag}, {@code Last-Modified}): what
 * the next request for it sends back as {@code If-None-Match} and {@code If-Modified-Since}, so
 * that an unchanged document costs a {@code 304 Not Modified} without body. Kept exactly as
 * received: a client must not rewrite them (RFC 9110 §13.1).
 *
 * @param etag the entity tag, with its quotes and a {@code W/} prefix if weak
 * @param lastModified the HTTP date of the last modification
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
    /**
     * The validators of a response.
     *
     * @param headers the response headers
     * @return the validators, empty when the response has neither header (the document is then
     *     fetched in full every time)
     */
    public static Optional<Validators> of(HttpHeaders headers) {
        Optional<String> etag = nonBlank(headers.firstValue("ETag"));
        Optional<String> lastModified = nonBlank(headers.firstValue("Last-Modified"));
        if (etag.isEmpty() && lastModified.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Validators(etag, lastModified));
    }

    /**
     * These validators updated by those of a {@code 304} response: a header the 304 carries
     * replaces the stored one (RFC 9111 §4.3.4), one it leaves out is kept.
     *
     * @param notModified the validators of the 304, if any
     * @return the updated validators
     */
    public Validators updatedBy(Optional<Validators> notModified) {
        if (notModified.isEmpty()) {
            return this;
        }
        Validators fresh = notModified.get();
        return new Validators(fresh.etag().or(this::etag), fresh.lastModified().or(this::lastModified));
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::strip).filter(text -> !text.isEmpty());
    }
}
