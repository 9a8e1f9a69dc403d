/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The graphs of one stream: for every architecture, the checksum graph and the OCI graph (SPEC
 * §2.4), built together by {@link GraphBuilder#buildAll}.
 *
 * <p>The set has the configured architectures (by default {@link GraphBuilder#DEFAULT_ARCHITECTURES})
 * and every architecture the index names. Every architecture that has one graph has both; either
 * may have no nodes: an architecture without any release in the index has two empty graphs, and
 * one named in the index only with OSTree commits has an empty OCI graph, for example.
 *
 * <pre>{@code
 * GraphSet graphs = GraphBuilder.buildAll(index, updates, "stable");
 * Optional<CincinnatiGraph> graph = graphs.graph("aarch64", true);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GraphSet {
    /**
     * The stream the graphs are for.
     *
     * @return the stream, non-empty
     */
    String stream();

    /**
     * Every graph by scope, ordered by architecture name, the checksum graph before the OCI graph.
     *
     * @return the graphs
     */
    Map<Scope, CincinnatiGraph> asMap();

    /**
     * The architectures that have graphs.
     *
     * @return architecture names in ascending order
     */
    default Set<String> architectures() {
        Set<String> names = new TreeSet<>();
        asMap().keySet().forEach(scope -> names.add(scope.basearch()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * The graph of one architecture and scheme.
     *
     * @param basearch the architecture, e.g. {@code x86_64}
     * @param oci {@code true} for the OCI graph, {@code false} for the checksum graph
     * @return the graph (without nodes for an architecture without releases), or empty when the
     *     architecture is neither configured nor named by the index, or the name is empty
     */
    default Optional<CincinnatiGraph> graph(String basearch, boolean oci) {
        if (basearch.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(asMap().get(Scope.of(stream(), basearch, oci)));
    }

    /** Rejects scopes of another stream and architectures with only one of their two graphs. */
    @Value.Check
    default void check() {
        for (Scope scope : asMap().keySet()) {
            if (!scope.stream().equals(stream())) {
                throw new IllegalArgumentException(
                        "graph scope " + scope + " is not of stream \"" + stream() + "\" like the set");
            }
            Scope other = Scope.of(scope.stream(), scope.basearch(), !scope.oci());
            if (!asMap().containsKey(other)) {
                throw new IllegalArgumentException("graph set has the graph of scope " + scope
                        + " but not its counterpart " + other + "; expected both graphs of every architecture");
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

    /** Builds {@link GraphSet} values. */
    final class Builder extends ImmutableGraphSet.Builder {
        /** Creates an empty builder, as {@link GraphSet#builder()} does. */
        public Builder() {}
    }
}
