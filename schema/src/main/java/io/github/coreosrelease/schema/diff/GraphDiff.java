/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * How one update graph differs from another of the same scope, as a reviewer of an updates (or
 * release index) change wants to see it: releases added and removed, releases whose barrier,
 * dead-end or rollout state changed, and update edges added and removed, all by version.
 *
 * <pre>{@code
 * GraphDiff diff = GraphDiffer.diffUpdates(index, oldUpdates, newUpdates, Scope.inStream("stable").checksum("x86_64"));
 * System.out.print(DiffFormat.text(diff));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GraphDiff {
    /**
     * Releases only in the second graph, in its node order.
     *
     * @return the added releases with their state
     */
    List<AddedOrRemovedNode> addedNodes();

    /**
     * Releases only in the first graph, in its node order.
     *
     * @return the removed releases with their state there
     */
    List<AddedOrRemovedNode> removedNodes();

    /**
     * Releases in both graphs whose state differs, in the second graph's node order.
     *
     * @return the changes
     */
    List<StateChange> changedNodes();

    /**
     * Edges only in the first graph, in its edge order.
     *
     * @return the removed edges
     */
    List<VersionEdge> removedEdges();

    /**
     * Edges only in the second graph, in its edge order.
     *
     * @return the added edges
     */
    List<VersionEdge> addedEdges();

    /**
     * Whether the graphs are the same as far as versions, states and edges go.
     *
     * @return {@code true} when nothing differs
     */
    default boolean isEmpty() {
        return addedNodes().isEmpty()
                && removedNodes().isEmpty()
                && changedNodes().isEmpty()
                && removedEdges().isEmpty()
                && addedEdges().isEmpty();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GraphDiff} values. */
    final class Builder extends ImmutableGraphDiff.Builder {
        /** Creates an empty builder, as {@link GraphDiff#builder()} does. */
        public Builder() {}
    }
}
