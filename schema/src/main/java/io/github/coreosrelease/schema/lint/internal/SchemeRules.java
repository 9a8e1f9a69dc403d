/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.GraphLocation;
import io.github.coreosrelease.schema.lint.LintRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The lint rule on the two graphs of one architecture: the checksum and OCI graphs must agree on
 * the barriers. A version in both graphs must be a barrier in both or in neither; a barrier of one
 * graph that the other lacks must not lie between releases of the other graph (by age_index),
 * because nodes there would then update past it.
 */
public final class SchemeRules {
    private final List<Finding> findings = new ArrayList<>();

    private SchemeRules() {}

    /**
     * Compares the barriers of an architecture's two graphs.
     *
     * @param checksumScope scope of the checksum graph
     * @param checksum the checksum graph
     * @param ociScope scope of the OCI graph
     * @param oci the OCI graph
     * @return the findings, located in the graph that lacks the barrier
     */
    public static List<Finding> check(
            Scope checksumScope, CincinnatiGraph checksum, Scope ociScope, CincinnatiGraph oci) {
        SchemeRules rules = new SchemeRules();
        if (!checksum.nodes().isEmpty() && !oci.nodes().isEmpty()) {
            Map<String, GraphNode> checksumNodes = byVersion(checksum);
            Map<String, GraphNode> ociNodes = byVersion(oci);
            rules.compare(checksumScope, checksumNodes, ociScope, ociNodes);
            rules.compare(ociScope, ociNodes, checksumScope, checksumNodes);
        }
        return List.copyOf(rules.findings);
    }

    /** Reports the barriers of {@code from} that {@code to} does not have. */
    private void compare(Scope fromScope, Map<String, GraphNode> from, Scope toScope, Map<String, GraphNode> to) {
        for (GraphNode node : from.values()) {
            if (!NodeMetadata.isBarrier(node)) {
                continue;
            }
            GraphNode other = to.get(node.version());
            if (other != null) {
                if (!NodeMetadata.isBarrier(other)) {
                    report(
                            toScope,
                            node.version(),
                            node.version() + " is a barrier in the " + scheme(fromScope) + " graph but not in the "
                                    + scheme(toScope) + " graph");
                }
            } else if (crossed(node, to)) {
                report(
                        toScope,
                        node.version(),
                        "barrier " + node.version() + " of the " + scheme(fromScope) + " graph has no node in the "
                                + scheme(toScope) + " graph, which has releases before and after it:"
                                + " nodes there update past the barrier");
            }
        }
    }

    /** Whether the graph has releases both older and newer than the barrier, by age_index. */
    private static boolean crossed(GraphNode barrier, Map<String, GraphNode> graph) {
        OptionalLong age = NodeMetadata.ageIndex(barrier);
        if (age.isEmpty()) {
            return false;
        }
        boolean older = false;
        boolean newer = false;
        for (GraphNode node : graph.values()) {
            OptionalLong other = NodeMetadata.ageIndex(node);
            if (other.isPresent()) {
                older |= other.getAsLong() < age.getAsLong();
                newer |= other.getAsLong() > age.getAsLong();
            }
        }
        return older && newer;
    }

    /** The nodes by version, in node order; a repeated version keeps its last node, as clients do. */
    private static Map<String, GraphNode> byVersion(CincinnatiGraph graph) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            nodes.remove(node.version());
            nodes.put(node.version(), node);
        }
        return nodes;
    }

    private static String scheme(Scope scope) {
        return GraphLocation.scheme(scope);
    }

    private void report(Scope scope, String version, String message) {
        findings.add(Finding.of(LintRule.SCHEME_BARRIER_MISMATCH, GraphLocation.of(scope, version), message));
    }
}
