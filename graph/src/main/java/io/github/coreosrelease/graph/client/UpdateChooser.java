/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the next update of a node from a Cincinnati graph, as Zincati does (SPEC §3).
 *
 * <pre>{@code
 * BootedDeployment deployment = BootedDeployment.from(RpmOstreeStatus.read(statusJson));
 * CincinnatiGraph graph = ...; // fetched with oci=deployment.oci()
 * UpdateChoice choice = UpdateChooser.findUpdate(graph, deployment, Set.of(), false);
 * choice.update().ifPresent(release -> deploy(release.payload()));
 * }</pre>
 */
public final class UpdateChooser {
    private UpdateChooser() {}

    /**
     * Finds the update to apply next.
     *
     * <ol>
     *   <li>The booted node is the first node whose scheme matches the booted kind and whose
     *       payload equals the booted payload; none: {@link UpdateOutcome#NOT_IN_GRAPH}. Only that
     *       node and the targets of its edges are read as releases ({@link NodeRelease#fromNode}).
     *   <li>A dead-end booted node is reported with its reason, and the search goes on.
     *   <li>Candidates are the targets of the edges leaving the booted node, minus the deny-listed
     *       payloads; none at all: {@link UpdateOutcome#NO_UPDATE}; all deny-listed: {@link
     *       UpdateOutcome#ALL_DENY_LISTED}.
     *   <li>The greatest candidate in {@link NodeRelease} order is picked. If it is not greater
     *       than the booted release it is a downgrade, refused unless {@code allowDowngrade}.
     * </ol>
     *
     * @param graph the graph served for the node's scope ({@code oci} as {@link Booted#oci()})
     * @param booted what the node runs
     * @param denylistPayloads payloads never to update to (e.g. releases that failed before)
     * @param allowDowngrade whether a pick that is not newer may be returned
     * @return the choice, with its reason
     * @throws GraphException if the booted node or a candidate is not a valid release, naming the
     *     node
     */
    public static UpdateChoice findUpdate(
            CincinnatiGraph graph, Booted booted, Set<String> denylistPayloads, boolean allowDowngrade) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(booted, "booted");
        Objects.requireNonNull(denylistPayloads, "denylistPayloads");
        List<GraphNode> nodes = graph.nodes();
        int bootedPosition = bootedPosition(nodes, booted);
        if (bootedPosition < 0) {
            return UpdateChoice.builder()
                    .outcome(UpdateOutcome.NOT_IN_GRAPH)
                    .reason(UpdateChoice.NOT_IN_GRAPH)
                    .build();
        }
        GraphNode bootedNode = nodes.get(bootedPosition);
        NodeRelease current = NodeRelease.fromNode(bootedPosition, bootedNode);
        UpdateChoice.Builder choice = UpdateChoice.builder().booted(current).deadEndReason(deadEndReason(bootedNode));

        List<NodeRelease> targets = targets(graph, bootedPosition);
        if (targets.isEmpty()) {
            return choice.outcome(UpdateOutcome.NO_UPDATE)
                    .reason(UpdateChoice.NO_UPDATE)
                    .build();
        }
        Optional<NodeRelease> pick = targets.stream()
                .filter(release -> !denylistPayloads.contains(release.payload()))
                .max(NodeRelease::compareTo);
        if (pick.isEmpty()) {
            return choice.outcome(UpdateOutcome.ALL_DENY_LISTED)
                    .reason(UpdateChoice.ALL_DENY_LISTED)
                    .build();
        }
        NodeRelease next = pick.get();
        if (next.compareTo(current) > 0) {
            return choice.outcome(UpdateOutcome.UPDATE_FOUND)
                    .update(next)
                    .reason(UpdateChoice.UPDATE_FOUND)
                    .build();
        }
        String downgrade = "downgrade from " + current.version() + " to " + next.version();
        if (allowDowngrade) {
            return choice.outcome(UpdateOutcome.DOWNGRADE_ALLOWED)
                    .update(next)
                    .reason("update found (" + downgrade + ", allowed)")
                    .build();
        }
        return choice.outcome(UpdateOutcome.DOWNGRADE_REFUSED)
                .reason("update is a " + downgrade + ", refused")
                .build();
    }

    /**
     * Finds the update to apply next for a node read from {@code rpm-ostree status --json}, as
     * {@link #findUpdate(CincinnatiGraph, Booted, Set, boolean)} does for its booted payload, with
     * the payloads of its other local deployments (rollback, staged) deny-listed as Zincati does
     * (SPEC §3.1).
     *
     * @param graph the graph served for the node's scope ({@code oci} as {@link BootedDeployment#oci()})
     * @param deployment the node's deployments
     * @param denylistPayloads further payloads never to update to
     * @param allowDowngrade whether a pick that is not newer may be returned
     * @return the choice, with its reason
     * @throws GraphException if the booted node or a candidate is not a valid release, naming the
     *     node
     */
    public static UpdateChoice findUpdate(
            CincinnatiGraph graph, BootedDeployment deployment, Set<String> denylistPayloads, boolean allowDowngrade) {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(denylistPayloads, "denylistPayloads");
        Set<String> denied = new LinkedHashSet<>(deployment.denylistPayloads());
        denied.addAll(denylistPayloads);
        return findUpdate(graph, deployment.booted(), denied, allowDowngrade);
    }

    private static int bootedPosition(List<GraphNode> nodes, Booted booted) {
        String scheme = booted.scheme();
        for (int position = 0; position < nodes.size(); position++) {
            GraphNode node = nodes.get(position);
            if (node.payload().equals(booted.payload())
                    && NodeMetadata.scheme(node).filter(scheme::equals).isPresent()) {
                return position;
            }
        }
        return -1;
    }

    private static Optional<String> deadEndReason(GraphNode node) {
        if (!NodeMetadata.isDeadEnd(node)) {
            return Optional.empty();
        }
        return Optional.of(NodeMetadata.deadEndReason(node)
                .filter(reason -> !reason.isEmpty())
                .orElse(UpdateChoice.UNKNOWN_DEADEND_REASON));
    }

    /** The distinct targets of the edges leaving a node, read as releases, in edge order. */
    private static List<NodeRelease> targets(CincinnatiGraph graph, int source) {
        BitSet seen = new BitSet(graph.nodes().size());
        List<NodeRelease> targets = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.source() == source && !seen.get(edge.target())) {
                seen.set(edge.target());
                targets.add(NodeRelease.fromNode(edge.target(), graph.nodes().get(edge.target())));
            }
        }
        return targets;
    }
}
