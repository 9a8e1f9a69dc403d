/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.GraphError;
import io.github.coreosrelease.graph.service.internal.ResponseBody;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one query of the service, ready to send: an HTTP status, a JSON body (a graph, an
 * explanation, or an error {@code {"kind", "value"}} per SPEC §1.7), and for graphs an entity tag.
 *
 * <p>Graph bodies are shared between the responses that send the same bytes: getting a body does
 * not copy it, and its gzip form is compressed once. Every body is {@code application/json}.
 *
 * <pre>{@code
 * GraphResponse response = service.graph(query);
 * boolean gzip = response.isSuccess() && clientAcceptsGzip;
 * if (response.isNotModified(ifNoneMatchHeader)) {
 *     send(304, response.etag(gzip));
 * } else {
 *     send(response.status(), response.etag(gzip), response.body(gzip));
 * }
 * }</pre>
 */
public final class GraphResponse {
    /** The content type of every body. */
    public static final String CONTENT_TYPE = "application/json";

    /** The suffix that tells the entity tag of the gzip encoding from that of the identity one. */
    private static final String GZIP_TAG_SUFFIX = "-gzip";

    private final int status;
    private final ResponseBody body;
    private final Optional<GraphError> error;
    private final Optional<GraphErrorKind> errorKind;

    private GraphResponse(int status, ResponseBody body, Optional<GraphError> error, Optional<GraphErrorKind> kind) {
        this.status = status;
        this.body = body;
        this.error = error;
        this.errorKind = kind;
    }

    static GraphResponse graph(ResponseBody body) {
        return new GraphResponse(200, body, Optional.empty(), Optional.empty());
    }

    /**
     * A successful {@code /v1/explain} answer: it changes with every second, so it has no entity
     * tag.
     */
    static GraphResponse explanation(byte[] json) {
        return new GraphResponse(200, ResponseBody.untagged(json), Optional.empty(), Optional.empty());
    }

    /**
     * An error response: the status of the kind and the body {@code {"kind", "value"}}.
     *
     * @param kind why the query failed
     * @param message the human-readable {@code value}
     * @return the response
     */
    public static GraphResponse error(GraphErrorKind kind, String message) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        GraphError error = GraphError.builder().kind(kind.id()).value(message).build();
        byte[] json = DocumentWriter.compact().write(DocumentType.GRAPH_ERROR, error);
        return new GraphResponse(kind.httpStatus(), ResponseBody.untagged(json), Optional.of(error), Optional.of(kind));
    }

    /**
     * The HTTP status: 200 with a graph, otherwise that of {@link #errorKind()}.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Whether the body is a graph or an explanation.
     *
     * @return {@code true} for a 200 response
     */
    public boolean isSuccess() {
        return status == 200;
    }

    /**
     * The error, for a failed query.
     *
     * @return the error body's content, empty for a success
     */
    public Optional<GraphError> error() {
        return error;
    }

    /**
     * Why the query failed.
     *
     * @return the kind, empty for a success
     */
    public Optional<GraphErrorKind> errorKind() {
        return errorKind;
    }

    /**
     * The body, as a new read-only view positioned at its start; the content is shared, not
     * copied.
     *
     * @param gzip {@code true} for the gzip-compressed body (a graph body is compressed once, then
     *     shared too)
     * @return the bytes
     */
    public ByteBuffer body(boolean gzip) {
        return gzip ? body.gzip() : body.identity();
    }

    /**
     * A copy of the uncompressed body.
     *
     * @return the JSON bytes
     */
    public byte[] bodyBytes() {
        ByteBuffer view = body.identity();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    /**
     * The strong entity tag of a graph body, quoted, derived from the bytes: it is the same on
     * every replica. The gzip encoding gets its own tag, as HTTP requires for another
     * representation.
     *
     * @param gzip {@code true} for the tag of the gzip-compressed body
     * @return the tag, e.g. {@code "9b2c...41"}; empty for an explanation or an error
     */
    public Optional<String> etag(boolean gzip) {
        String tag = body.etag();
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(gzip ? tag.substring(0, tag.length() - 1) + GZIP_TAG_SUFFIX + '"' : tag);
    }

    /**
     * Whether an {@code If-None-Match} request header names this graph body, in either encoding,
     * so that a 304 Not Modified can answer (weak comparison, as HTTP asks for {@code
     * If-None-Match}; {@code *} matches any graph).
     *
     * @param ifNoneMatch the header value, or {@code null} when absent
     * @return {@code true} if the client already has this body
     */
    public boolean isNotModified(String ifNoneMatch) {
        if (ifNoneMatch == null || body.etag().isEmpty()) {
            return false;
        }
        String identityTag = body.etag();
        String gzipTag = etag(true).orElseThrow();
        for (String part : ifNoneMatch.split(",", -1)) {
            String candidate = part.strip();
            if (candidate.equals("*")) {
                return true;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(identityTag) || candidate.equals(gzipTag)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "GraphResponse[" + status
                + error.map(e -> " " + e.kind() + ": " + e.value()).orElse("")
                + etag(false).map(t -> " " + t).orElse("") + "]";
    }
}
