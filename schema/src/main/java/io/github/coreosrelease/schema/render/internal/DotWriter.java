/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.schema.diff.NodeState;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a graph in the Graphviz DOT language: nodes {@code n<position>} labelled with their
 * version, styled by {@link Look}, a tooltip with the barrier/dead-end/rollout details, and a
 * legend cluster.
 */
public final class DotWriter {
    private static final String FONT = "Helvetica";

    private final StringBuilder out = new StringBuilder();

    private DotWriter() {}

    /**
     * Writes a graph.
     *
     * @param graph the graph
     * @param title the graph's caption
     * @return the DOT text, ending with a newline
     */
    public static String write(CincinnatiGraph graph, String title) {
        DotWriter writer = new DotWriter();
        writer.graph(graph, title);
        return writer.out.toString();
    }

    private void graph(CincinnatiGraph graph, String title) {
        out.append("digraph \"update graph\" {\n");
        line("  label=" + quote(title) + ";");
        line("  labelloc=t;");
        line("  fontname=" + quote(FONT) + ";");
        line("  rankdir=LR;");
        line("  node [fontname=" + quote(FONT) + ", fontsize=11, shape=box, style=\"rounded,filled\", fillcolor="
                + quote(Look.PLAIN_FILL) + ", color=" + quote(Look.PLAIN_LINE) + "];");
        line("  edge [fontname=" + quote(FONT) + ", color=" + quote(Look.PLAIN_LINE) + "];");
        List<GraphNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            List<String> attributes = new ArrayList<>();
            attributes.add("label=" + quote(node.version()));
            attributes.addAll(style(Look.of(node)));
            NodeState state = NodeState.of(node);
            if (!state.isPlain()) {
                attributes.add("tooltip=" + quote(state.describe()));
            }
            line("  n" + i + " [" + String.join(", ", attributes) + "];");
        }
        boolean[] connected = new boolean[nodes.size()];
        for (GraphEdge edge : graph.edges()) {
            boolean gradual = NodeMetadata.isRollout(nodes.get(edge.target()));
            line("  n" + edge.source() + " -> n" + edge.target() + (gradual ? " [" + gradualEdge() + "]" : "") + ";");
            connected[edge.source()] = true;
            connected[edge.target()] = true;
        }
        // A release without any edge (a dead-end nobody updates to, say) would float at the left
        // edge; an invisible edge from the release before it keeps it next to its neighbours in time.
        for (int i = 1; i < nodes.size(); i++) {
            if (!connected[i]) {
                line("  n" + (i - 1) + " -> n" + i + " [style=invis];");
            }
        }
        legend();
        out.append("}\n");
    }

    private void legend() {
        line("  subgraph cluster_legend {");
        line("    label=\"Legend\";");
        line("    fontsize=10;");
        line("    style=\"rounded,dashed\";");
        line("    color=\"#9ca3af\";");
        legendNode("legend_release", "release", new Look(false, false, false));
        legendNode("legend_barrier", "barrier", new Look(true, false, false));
        legendNode("legend_rollout", "rollout", new Look(false, false, true));
        legendNode("legend_deadend", "dead-end", new Look(false, true, false));
        line("    legend_release -> legend_barrier [label=\"update\", fontsize=9];");
        line("    legend_barrier -> legend_rollout [label=\"gradual update\", fontsize=9, " + gradualEdge() + "];");
        line("    legend_rollout -> legend_deadend [style=invis];");
        line("  }");
    }

    private void legendNode(String id, String label, Look look) {
        List<String> attributes = new ArrayList<>();
        attributes.add("label=" + quote(label));
        attributes.add("fontsize=9");
        attributes.addAll(style(look));
        line("    " + id + " [" + String.join(", ", attributes) + "];");
    }

    /** The attributes that differ from the default node style. */
    private static List<String> style(Look look) {
        List<String> attributes = new ArrayList<>();
        if (look.barrier()) {
            attributes.add("shape=octagon");
        }
        if (look.barrier() || look.deadEnd()) {
            String base = look.barrier() ? "filled" : "rounded,filled";
            attributes.add("style=" + quote(look.deadEnd() ? base + ",dashed" : base));
        }
        if (!look.fill().equals(Look.PLAIN_FILL)) {
            attributes.add("fillcolor=" + quote(look.fill()));
        }
        if (!look.line().equals(Look.PLAIN_LINE)) {
            attributes.add("color=" + quote(look.line()));
        }
        if (look.rollout()) {
            attributes.add("peripheries=2");
        }
        if (look.rollout() || look.deadEnd()) {
            attributes.add("penwidth=1.5");
        }
        return attributes;
    }

    private static String gradualEdge() {
        return "style=dashed, color=" + quote(Look.ROLLOUT_LINE);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** A DOT quoted string; backslashes are escaped too, so that no escape sequence slips in. */
    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            if (c == '\n' || c == '\r') {
                quoted.append(' ');
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
