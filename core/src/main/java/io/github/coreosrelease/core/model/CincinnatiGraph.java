/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Cincinnati update graph as served on {@code /v1/graph} (SPEC §1.7): nodes, and edges between
 * node positions. Every edge refers to an existing node; building one that does not fails.
 *
 * <pre>{@code
 * CincinnatiGraph graph = CincinnatiGraph.builder()
 *     .addNode(GraphNode.builder().version("41.1").payload("abc").build())
 *     .addNode(GraphNode.builder().version("41.2").payload("def").build())
 *     .addEdge(GraphEdge.of(0, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface CincinnatiGraph {
    /**
     * The {@code nodes}; edges refer to them by position.
     *
     * @return the nodes
     */
    List<GraphNode> nodes();

    /**
     * The {@code edges}, as written.
     *
     * @return the edges
     */
    List<GraphEdge> edges();

    /**
     * Fields of the graph object other than nodes and edges, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /** Rejects edges that point outside the node list. */
    @Value.Check
    default void check() {
        int size = nodes().size();
        for (GraphEdge edge : edges()) {
            if (edge.source() >= size || edge.target() >= size) {
                throw new IllegalArgumentException("edge [" + edge.source() + ", " + edge.target()
                        + "] points outside the " + size + " nodes of the graph");
            }
        }
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CincinnatiGraph} values. */
    final class Builder extends ImmutableCincinnatiGraph.Builder {
        /** Creates an empty builder, as {@link CincinnatiGraph#builder()} does. */
        public Builder() {}
    }
}
