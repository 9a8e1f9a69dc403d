/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The rollout nodes of one graph that a client may not see yet at one instant: the positions of
 * the nodes whose incoming edges the serving policy removes (SPEC §2.3 step 3). Computed by {@link
 * GraphPolicy#hiddenTargets}, applied by {@link GraphPolicy#apply(io.github.coreosrelease.core.model.CincinnatiGraph,
 * HiddenRollouts)}.
 *
 * <p>Meant as a cache key for served graphs: two clients with the same hidden set get the same
 * graph. Equal when the positions are equal.
 *
 * <pre>{@code
 * HiddenRollouts hidden = GraphPolicy.hiddenTargets(graph, wariness, now);
 * CincinnatiGraph served = cache.computeIfAbsent(hidden, h -> GraphPolicy.apply(graph, h));
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public interface HiddenRollouts {
    /**
     * The positions of the hidden rollout nodes in the graph's node list.
     *
     * @return distinct non-negative positions, ascending
     */
    @Value.Parameter
    List<Integer> positions();

    /**
     * Whether a node position is hidden.
     *
     * @param position a node position
     * @return {@code true} if edges towards that node are removed
     */
    default boolean contains(int position) {
        return Collections.binarySearch(positions(), position) >= 0;
    }

    /**
     * Whether nothing is hidden.
     *
     * @return {@code true} when the client sees every rollout
     */
    default boolean isEmpty() {
        return positions().isEmpty();
    }

    /**
     * The empty set: every rollout visible.
     *
     * @return a set without positions
     */
    static HiddenRollouts none() {
        return ImmutableHiddenRollouts.of(List.of());
    }

    /**
     * A set of positions, in any order, duplicates ignored.
     *
     * @param positions node positions
     * @return the set
     * @throws IllegalArgumentException if a position is negative
     */
    static HiddenRollouts of(Collection<Integer> positions) {
        Objects.requireNonNull(positions, "positions");
        return ImmutableHiddenRollouts.of(List.copyOf(new TreeSet<>(positions)));
    }

    /** Rejects negative, repeated or unsorted positions. */
    @Value.Check
    default void check() {
        int previous = -1;
        for (int position : positions()) {
            if (position < 0) {
                throw new IllegalArgumentException("hidden rollout position " + position + " is negative");
            }
            if (position <= previous) {
                throw new IllegalArgumentException(
                        "hidden rollout positions must be distinct and ascending, found " + positions());
            }
            previous = position;
        }
    }
}
