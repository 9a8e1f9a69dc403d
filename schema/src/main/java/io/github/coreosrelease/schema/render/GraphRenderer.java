/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.render.internal.DotWriter;
import io.github.coreosrelease.schema.render.internal.MermaidWriter;
import java.util.Objects;

/**
 * Draws an update graph for people: as Graphviz DOT (turned into SVG or PNG by {@link Graphviz})
 * or as a Mermaid flowchart (rendered by GitHub, GitLab and many Markdown tools).
 *
 * <p>Each release is a node labelled with its version. Barriers are octagons (hexagons in
 * Mermaid); rollouts have a blue fill and a double (thick) blue border; dead-ends a red fill and a
 * dashed red border; ordinary releases are white rounded boxes. Updates to a rollout, which are
 * offered gradually, are dashed blue arrows. A legend explains the symbols. In DOT, a node's
 * tooltip (shown by SVG viewers) gives the barrier and dead-end reasons and the rollout parameters.
 * Output is deterministic: nodes in graph order, edges in edge order.
 *
 * <pre>{@code
 * CincinnatiGraph graph = GraphBuilder.build(index, updates, scope);
 * String dot = GraphRenderer.dot(graph, GraphRenderer.title(scope));
 * byte[] svg = Graphviz.onPath().render(dot, ImageFormat.SVG);
 * }</pre>
 */
public final class GraphRenderer {
    private GraphRenderer() {}

    /**
     * The graph in the DOT language.
     *
     * @param graph the graph
     * @param title the caption drawn above the graph
     * @return the DOT text, ending with a newline
     */
    public static String dot(CincinnatiGraph graph, String title) {
        return DotWriter.write(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(title, "title"));
    }

    /**
     * The graph as a Mermaid flowchart.
     *
     * @param graph the graph
     * @param title the chart's title
     * @return the Mermaid text, ending with a newline
     */
    public static String mermaid(CincinnatiGraph graph, String title) {
        return MermaidWriter.write(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(title, "title"));
    }

    /**
     * A caption naming a graph's scope.
     *
     * @param scope the graph's scope
     * @return e.g. {@code stable x86_64 checksum update graph}
     */
    public static String title(Scope scope) {
        return scope.stream() + " " + scope.basearch() + " " + (scope.oci() ? "oci" : "checksum") + " update graph";
    }
}
