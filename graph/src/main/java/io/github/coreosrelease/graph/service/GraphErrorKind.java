/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

/**
 * Why a graph query failed: the {@code kind} of the Cincinnati error body (SPEC §1.7) and its HTTP
 * status (SPEC §2.4).
 */
public enum GraphErrorKind {
    /** {@code basearch} or {@code stream} is missing or empty: 400. */
    MISSING_PARAMS("missing_params", 400),
    /** A parameter has a value that cannot be read, e.g. {@code oci=yes}, or is given twice: 400. */
    INVALID_PARAMS("invalid_params", 400),
    /** The service does not serve the requested stream: 404. */
    UNKNOWN_STREAM("unknown_stream", 404),
    /** The architecture is neither configured for the stream nor named by its release index: 404. */
    UNKNOWN_BASEARCH("unknown_basearch", 404),
    /** The stream is served but its documents have not been loaded successfully yet: 503. */
    GRAPH_UNAVAILABLE("graph_unavailable", 503);

    private final String id;
    private final int httpStatus;

    GraphErrorKind(String id, int httpStatus) {
        this.id = id;
        this.httpStatus = httpStatus;
    }

    /**
     * The machine-readable {@code kind} written in the error body.
     *
     * @return e.g. {@code missing_params}
     */
    public String id() {
        return id;
    }

    /**
     * The HTTP status of a response with this error.
     *
     * @return 400, 404 or 503
     */
    public int httpStatus() {
        return httpStatus;
    }
}
