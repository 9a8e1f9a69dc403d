/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.view;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.GraphNode;
import org.immutables.value.Value;

/**
 * A vertex of a {@link GraphView}: one node of a Cincinnati graph, identified by its position.
 *
 * <p>Graph nodes compare by value, so two nodes with equal version, payload and metadata would be
 * one vertex; the position keeps them apart. Equality uses position, version and payload; the node
 * itself is carried along but not compared.
 */
@Value.Immutable
@ModelStyle
public interface ReleaseVertex {
    /**
     * The node's position in the graph's node list, which edges refer to.
     *
     * @return a non-negative index
     */
    int position();

    /**
     * The node's version.
     *
     * @return the version text
     */
    String version();

    /**
     * The node's payload.
     *
     * @return the payload text
     */
    String payload();

    /**
     * The node, with its metadata.
     *
     * @return the node
     */
    @Value.Auxiliary
    GraphNode node();

    /**
     * The vertex of a node.
     *
     * @param position the node's position in the graph
     * @param node the node
     * @return the vertex
     */
    static ReleaseVertex of(int position, GraphNode node) {
        return builder()
                .position(position)
                .version(node.version())
                .payload(node.payload())
                .node(node)
                .build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReleaseVertex} values. */
    final class Builder extends ImmutableReleaseVertex.Builder {
        /** Creates an empty builder, as {@link ReleaseVertex#builder()} does. */
        public Builder() {}
    }
}
