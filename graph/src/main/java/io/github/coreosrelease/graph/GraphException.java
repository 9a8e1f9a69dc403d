/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.CoreosReleaseException;

/**
 * A graph could not be built or does not support the requested operation: for example a rollout
 * {@code start_percentage} that no 64-bit float can hold, a graph that would exceed {@link
 * GraphLimits#maxEdges()}, a version that names no node, or an update path that loops.
 *
 * <p>Problems of the documents themselves (missing fields, wrong JSON types) are reported earlier,
 * by the document reader, as {@link io.github.coreosrelease.core.DocumentException}.
 */
public final class GraphException extends CoreosReleaseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was found and what was expected
     */
    public GraphException(String message) {
        super(message, null);
    }
}
