/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.version.FcosVersion;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.view.GraphView;
import io.github.coreosrelease.graph.view.ReleaseVertex;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.GraphLocation;
import io.github.coreosrelease.schema.lint.LintRule;
import io.github.coreosrelease.schema.lint.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lint rules on one update graph: cycles, downgrades, stranded releases, the newest release
 * not offered, dead-ends without a reason. Findings come graph-wide first (cycle, newest), then by
 * node position.
 */
public final class GraphRules {
    private final Locator locator;
    private final CincinnatiGraph graph;
    private final GraphView view;
    private final List<Finding> findings = new ArrayList<>();

    /** Where a finding about a node is, by the node's position and version. */
    @FunctionalInterface
    public interface Locator {
        /**
         * The location of a node.
         *
         * @param position the node's position in the graph
         * @param version the node's version
         * @return the location
         */
        Location node(int position, String version);
    }

    private GraphRules(Locator locator, CincinnatiGraph graph) {
        this.locator = locator;
        this.graph = graph;
        this.view = GraphView.of(graph);
    }

    /**
     * Checks a graph.
     *
     * @param scope the graph's scope, for locations
     * @param graph the graph
     * @return the findings
     */
    public static List<Finding> check(Scope scope, CincinnatiGraph graph) {
        return check(graph, (position, version) -> GraphLocation.of(scope, version));
    }

    /**
     * Checks a graph, locating findings as the caller wishes.
     *
     * @param graph the graph
     * @param locator the location of each node
     * @return the findings
     */
    public static List<Finding> check(CincinnatiGraph graph, Locator locator) {
        GraphRules rules = new GraphRules(locator, graph);
        rules.run();
        return List.copyOf(rules.findings);
    }

    private void run() {
        if (graph.nodes().isEmpty()) {
            return;
        }
        view.findCycle()
                .ifPresent(cycle -> report(
                        LintRule.GRAPH_CYCLE,
                        cycle.get(0),
                        "updates lead in a cycle: "
                                + cycle.stream().map(ReleaseVertex::version).collect(Collectors.joining(" -> "))
                                + " -> " + cycle.get(0).version()));
        ReleaseVertex newest = newest();
        boolean offered = !view.graph().incomingEdgesOf(newest).isEmpty();
        long others = view.vertices().stream()
                .filter(v -> !v.version().equals(newest.version()))
                .count();
        if (!offered && others > 0) {
            report(
                    LintRule.NEWEST_NOT_OFFERED,
                    newest,
                    "no release can update to the newest release " + newest.version()
                            + ": it is neither a barrier nor a rollout, so "
                            + (others == 1 ? "the 1 other release is" : "all " + others + " other releases are")
                            + " stranded");
        }
        Set<ReleaseVertex> reaching = view.reaching(newest);
        List<List<GraphEdge>> outgoing = outgoingEdges();
        for (ReleaseVertex vertex : view.vertices()) {
            GraphNode node = vertex.node();
            for (GraphEdge edge : outgoing.get(vertex.position())) {
                downgrade(vertex, graph.nodes().get(edge.target()));
            }
            boolean deadEnd = NodeMetadata.isDeadEnd(node);
            if (offered && !deadEnd && !vertex.version().equals(newest.version()) && !reaching.contains(vertex)) {
                report(
                        LintRule.GRAPH_STRANDED,
                        vertex,
                        "no update path leads from " + vertex.version() + " to the newest release "
                                + newest.version()
                                + (outgoing.get(vertex.position()).isEmpty() ? " (no update edge leaves it)" : ""));
            }
            if (deadEnd) {
                Optional<String> reason = NodeMetadata.deadEndReason(node);
                if (reason.isEmpty() || reason.get().isBlank() || reason.get().equals(NodeMetadata.GENERIC_REASON)) {
                    report(
                            LintRule.DEADEND_WITHOUT_REASON,
                            vertex,
                            "dead-end " + vertex.version() + " gives no reason"
                                    + reason.map(r -> " (\"" + r + "\")").orElse("")
                                    + "; say why nodes stay there, usually with a tracker link");
                }
            }
        }
    }

    /** The newest release as clients see it; graphs without age_index fall back to the last node. */
    private ReleaseVertex newest() {
        try {
            return view.newest().orElseThrow();
        } catch (GraphException e) {
            return view.vertices().get(view.vertices().size() - 1);
        }
    }

    private List<List<GraphEdge>> outgoingEdges() {
        List<List<GraphEdge>> outgoing = new ArrayList<>(graph.nodes().size());
        for (int i = 0; i < graph.nodes().size(); i++) {
            outgoing.add(new ArrayList<>());
        }
        for (GraphEdge edge : graph.edges()) {
            outgoing.get(edge.source()).add(edge);
        }
        return outgoing;
    }

    private void downgrade(ReleaseVertex vertex, GraphNode to) {
        GraphNode from = vertex.node();
        Optional<FcosVersion> source = FcosVersion.tryParse(from.version());
        Optional<FcosVersion> target = FcosVersion.tryParse(to.version());
        if (source.isPresent()
                && target.isPresent()
                && target.get().major() < source.get().major()) {
            report(
                    LintRule.GRAPH_DOWNGRADE,
                    vertex,
                    "update edge " + from.version() + " -> " + to.version() + " goes from Fedora "
                            + source.get().major() + " down to Fedora "
                            + target.get().major());
        }
    }

    private void report(LintRule rule, ReleaseVertex vertex, String message) {
        findings.add(Finding.of(rule, locator.node(vertex.position(), vertex.version()), message));
    }
}
