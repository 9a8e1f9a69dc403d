/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An edge of a {@link CincinnatiGraph}: an update from the node at {@code source} to the node at
 * {@code target}, both positions in the graph's node list. Written as {@code [source, target]}.
 * Edges order by source, then target.
 */
@Value.Immutable(builder = false)
@ModelStyle
public interface GraphEdge extends Comparable<GraphEdge> {
    /**
     * The position of the node the update starts from.
     *
     * @return a non-negative node index
     */
    @Value.Parameter
    int source();

    /**
     * The position of the node the update goes to.
     *
     * @return a non-negative node index
     */
    @Value.Parameter
    int target();

    /**
     * An edge between two node positions.
     *
     * @param source position of the node the update starts from
     * @param target position of the node the update goes to
     * @return the edge
     */
    static GraphEdge of(int source, int target) {
        return ImmutableGraphEdge.of(source, target);
    }

    /** Rejects negative positions. */
    @Value.Check
    default void check() {
        if (source() < 0 || target() < 0) {
            throw new IllegalArgumentException("edge [" + source() + ", " + target() + "] has a negative node index");
        }
    }

    @Override
    default int compareTo(GraphEdge other) {
        int bySource = Integer.compare(source(), other.source());
        return bySource != 0 ? bySource : Integer.compare(target(), other.target());
    }
}
