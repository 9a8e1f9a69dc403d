/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphLimits;
import picocli.CommandLine.Option;

/**
 * {@code --max-edges N}, mixed into the commands that build graphs ({@code graph}, {@code export},
 * {@code explain}, {@code serve}): the most edges one graph may have, {@value
 * GraphBuilder#MAX_EDGES} unless changed (a generated stream of 100,000 releases with a rollout on
 * every release needs about 6.3 million).
 */
final class MaxEdgesOption {
    @Option(
            names = "--max-edges",
            paramLabel = "N",
            description = "The most edges one graph may have (default: " + GraphBuilder.MAX_EDGES
                    + "); raise it for generated streams larger than real ones.")
    int maxEdges = GraphBuilder.MAX_EDGES;

    /**
     * The graph limits of the command.
     *
     * @return the default limits with this edge bound
     * @throws UsageException if the bound is negative
     */
    GraphLimits limits() {
        try {
            return GraphLimits.builder().maxEdges(maxEdges).build();
        } catch (InvalidValueException e) {
            throw new UsageException("--max-edges: " + e.getMessage());
        }
    }
}
