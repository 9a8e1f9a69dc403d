/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a graph as a Mermaid flowchart: nodes {@code n<position>} labelled with their version,
 * barriers as hexagons, one class per {@link Look} fill and border, dotted arrows to rollouts, and
 * a legend subgraph.
 */
public final class MermaidWriter {
    private static final String PLAIN = "release";
    private static final String BARRIER = "barrier";
    private static final String ROLLOUT = "rollout";
    private static final String DEADEND = "deadend";
    private static final String DEADEND_ROLLOUT = "deadendRollout";

    private final StringBuilder out = new StringBuilder();

    private MermaidWriter() {}

    /**
     * Writes a graph.
     *
     * @param graph the graph
     * @param title the chart's title
     * @return the Mermaid text, ending with a newline
     */
    public static String write(CincinnatiGraph graph, String title) {
        MermaidWriter writer = new MermaidWriter();
        writer.chart(graph, title);
        return writer.out.toString();
    }

    private void chart(CincinnatiGraph graph, String title) {
        line("---");
        line("title: " + yamlQuote(title));
        line("---");
        line("flowchart LR");
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (String name : List.of(PLAIN, BARRIER, ROLLOUT, DEADEND, DEADEND_ROLLOUT)) {
            classes.put(name, new ArrayList<>());
        }
        List<GraphNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Look look = Look.of(nodes.get(i));
            node("  ", "n" + i, nodes.get(i).version(), look);
            classes.get(className(look)).add("n" + i);
        }
        for (GraphEdge edge : graph.edges()) {
            String arrow = NodeMetadata.isRollout(nodes.get(edge.target())) ? " -.-> " : " --> ";
            line("  n" + edge.source() + arrow + "n" + edge.target());
        }
        line("  subgraph legend [Legend]");
        line("    direction LR");
        node("    ", "legend_release", "release", new Look(false, false, false));
        node("    ", "legend_barrier", "barrier", new Look(true, false, false));
        node("    ", "legend_rollout", "rollout", new Look(false, false, true));
        node("    ", "legend_deadend", "dead-end", new Look(false, true, false));
        line("    legend_release -->|update| legend_barrier");
        line("    legend_barrier -.->|gradual update| legend_rollout");
        line("  end");
        classes.get(PLAIN).add("legend_release");
        classes.get(BARRIER).add("legend_barrier");
        classes.get(ROLLOUT).add("legend_rollout");
        classes.get(DEADEND).add("legend_deadend");
        line("  classDef " + PLAIN + " fill:" + Look.PLAIN_FILL + ",stroke:" + Look.PLAIN_LINE);
        line("  classDef " + BARRIER + " fill:" + Look.BARRIER_FILL + ",stroke:" + Look.PLAIN_LINE);
        line("  classDef " + ROLLOUT + " fill:" + Look.ROLLOUT_FILL + ",stroke:" + Look.ROLLOUT_LINE
                + ",stroke-width:3px");
        line("  classDef " + DEADEND + " fill:" + Look.DEADEND_FILL + ",stroke:" + Look.DEADEND_LINE
                + ",stroke-dasharray:5 3");
        line("  classDef " + DEADEND_ROLLOUT + " fill:" + Look.DEADEND_FILL + ",stroke:" + Look.DEADEND_LINE
                + ",stroke-width:3px,stroke-dasharray:5 3");
        classes.forEach((name, ids) -> {
            if (!ids.isEmpty()) {
                line("  class " + String.join(",", ids) + " " + name);
            }
        });
    }

    private static String className(Look look) {
        if (look.deadEnd()) {
            return look.rollout() ? DEADEND_ROLLOUT : DEADEND;
        }
        if (look.rollout()) {
            return ROLLOUT;
        }
        return look.barrier() ? BARRIER : PLAIN;
    }

    private void node(String indent, String id, String label, Look look) {
        String text = quote(label);
        line(indent + id + (look.barrier() ? "{{" + text + "}}" : "(" + text + ")"));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** A YAML double-quoted scalar for the front matter. */
    private static String yamlQuote(String text) {
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace('\n', ' ')
                        .replace('\r', ' ') + "\"";
    }

    /** A Mermaid quoted label; quotes become the entity {@code #quot;}, line breaks spaces. */
    private static String quote(String text) {
        return "\"" + text.replace("\"", "#quot;").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
