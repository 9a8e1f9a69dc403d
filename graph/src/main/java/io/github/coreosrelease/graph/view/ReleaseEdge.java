/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.view;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An edge of a {@link GraphView}: one entry of a Cincinnati graph's edge list, an update from
 * {@link #source()} to {@link #target()}. The position in the edge list keeps repeated edges of a
 * served graph apart.
 */
@Value.Immutable
@ModelStyle
public interface ReleaseEdge {
    /**
     * The edge's position in the graph's edge list.
     *
     * @return a non-negative index
     */
    int position();

    /**
     * The release the update starts from.
     *
     * @return the source vertex
     */
    ReleaseVertex source();

    /**
     * The release the update goes to.
     *
     * @return the target vertex
     */
    ReleaseVertex target();

    /**
     * An edge.
     *
     * @param position the edge's position in the graph's edge list
     * @param source the release the update starts from
     * @param target the release the update goes to
     * @return the edge
     */
    static ReleaseEdge of(int position, ReleaseVertex source, ReleaseVertex target) {
        return builder().position(position).source(source).target(target).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReleaseEdge} values. */
    final class Builder extends ImmutableReleaseEdge.Builder {
        /** Creates an empty builder, as {@link ReleaseEdge#builder()} does. */
        public Builder() {}
    }
}
