/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Bounds on the graphs that {@link GraphBuilder} and {@link PayloadAliasNodes} build, so that
 * documents asking for a huge graph (SPEC §6) fail with a {@link GraphException} instead of
 * filling the memory.
 *
 * <p>The defaults suit real streams with a wide margin. Raise them for synthetic load tests (a
 * generated stream of 100,000 releases with a rollout on every release asks for about 6.3 million
 * edges per graph) or for a deployment that serves such a stream on purpose; lower them to refuse
 * smaller graphs.
 *
 * <pre>{@code
 * GraphLimits limits = GraphLimits.builder().maxEdges(10_000_000).build();
 * GraphSet graphs = GraphBuilder.buildAll(index, updates, "stable", GraphBuilder.DEFAULT_ARCHITECTURES, limits);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GraphLimits {
    /**
     * The most edges one graph may have, alias nodes' edges included.
     *
     * @return at least 0, {@link GraphBuilder#MAX_EDGES} by default
     */
    @Value.Default
    default int maxEdges() {
        return GraphBuilder.MAX_EDGES;
    }

    /**
     * Rejects a negative bound.
     *
     * @throws InvalidValueException if {@link #maxEdges()} is negative
     */
    @Value.Check
    default void check() {
        if (maxEdges() < 0) {
            throw new InvalidValueException(
                    "max edges", Integer.toString(maxEdges()), "a number of edges from 0 to " + Integer.MAX_VALUE);
        }
    }

    /**
     * The default limits.
     *
     * @return graphs of at most {@link GraphBuilder#MAX_EDGES} edges
     */
    static GraphLimits defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GraphLimits} values. */
    final class Builder extends ImmutableGraphLimits.Builder {
        /** Creates a builder of the defaults, as {@link GraphLimits#builder()} does. */
        public Builder() {}
    }
}
