/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.model.VersionAliases;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.PayloadAliasIssue;
import io.github.coreosrelease.graph.PayloadAliasNodes;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.assertj.CoreosAssertions;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import io.github.coreosrelease.graph.client.UpdateChoice;
import io.github.coreosrelease.graph.client.UpdateChooser;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The graph builder, the serving policy and the update chooser on arbitrary documents, graphs and
 * parameters. Beyond typed errors: built graphs keep the barriers and stay acyclic, the policy only
 * removes edges, and a chosen update is the target of an edge from the booted node.
 */
class GraphFuzzTest {
    /** Input: a release index, NUL, an updates document. */
    @FuzzTest
    @DictionaryEntries({"\"releases\"", "\"commits\"", "\"oci-images\"", "\"barrier\"", "\"deadend\"", "\"rollout\""})
    void graphBuilder(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            Documents.IndexAndUpdates documents = Documents.indexAndUpdates(parts);
            ReleaseIndex index = documents.index();
            Updates updates = documents.updates();
            GraphSet graphs = GraphBuilder.buildAll(index, updates, "stable");
            for (String arch : graphs.architectures()) {
                for (boolean oci : List.of(false, true)) {
                    CincinnatiGraph graph = graphs.graph(arch, oci).orElseThrow();
                    CoreosAssertions.assertThat(graph).isAcyclic().respectsBarriers();
                    assertThat(GraphBuilder.build(index, updates, Scope.of("stable", arch, oci)))
                            .isEqualTo(graph);
                    servedEdgesAreBuiltEdges(graph, 0.5, 1_734_400_000L);
                }
            }
        });
    }

    /**
     * Input: a release index, NUL, an updates document, NUL, a payload aliases document (SPEC §2.5).
     * The alias nodes come after the release nodes, are never a target, lead where their release
     * does, and appending them again changes nothing; what {@link PayloadAliasNodes#check} reports
     * as unused added no node.
     */
    @FuzzTest
    @DictionaryEntries({"\"good\"", "\"bad\"", "\"sha256:\"", "\"oci-images\"", "\"digest-ref\""})
    void graphBuilderWithAliases(byte[] data) {
        List<byte[]> parts = Parts.split(data, 3);
        TypedErrors.accepts(() -> {
            Documents.IndexAndUpdates documents = Documents.indexAndUpdates(parts);
            PayloadAliases aliases = Documents.read(DocumentType.PAYLOAD_ALIASES, parts.get(2));
            GraphSet built = GraphBuilder.buildAll(documents.index(), documents.updates(), "stable");
            GraphSet aliased = PayloadAliasNodes.append(built, aliases);
            assertThat(aliased.asMap().keySet()).isEqualTo(built.asMap().keySet());
            List<PayloadAliasIssue> issues = PayloadAliasNodes.check(built, aliases);
            built.asMap().forEach((scope, graph) -> {
                CincinnatiGraph withAliases = aliased.asMap().get(scope);
                assertThat(PayloadAliasNodes.append(graph, scope, aliases)).isEqualTo(withAliases);
                assertThat(PayloadAliasNodes.append(withAliases, scope, aliases))
                        .isEqualTo(withAliases);
                if (!scope.oci()) {
                    assertThat(withAliases).isEqualTo(graph);
                }
                aliasNodesFollowTheirRelease(graph, withAliases);
                CoreosAssertions.assertThat(withAliases).isAcyclic().respectsBarriers();
                if (scope.oci()) {
                    unusedAliasesAddNoNode(graph, withAliases, scope.basearch(), aliases, issues);
                }
            });
        });
    }

    /**
     * Input: a first line {@code rollout_wariness node_uuid now} (each {@code -} for none), then a
     * graph document.
     */
    @FuzzTest
    void policy(byte[] data) {
        String[] fields = Parts.fields(Parts.firstLine(data), 3);
        byte[] graphJson = Parts.afterFirstLine(data);
        TypedErrors.accepts(() -> {
            CincinnatiGraph graph = Documents.read(DocumentType.GRAPH, graphJson);
            double wariness = Wariness.resolve(Parts.parameter(fields[0]), Parts.parameter(fields[1]));
            servedEdgesAreBuiltEdges(graph, wariness, Parts.epochSeconds(fields[2]));
        });
    }

    /** Input: a first line with what {@code next-update --booted} takes, then a graph document. */
    @FuzzTest
    void nextUpdate(byte[] data) {
        String booted = Parts.firstLine(data);
        byte[] graphJson = Parts.afterFirstLine(data);
        TypedErrors.accepts(() -> {
            CincinnatiGraph graph = Documents.read(DocumentType.GRAPH, graphJson);
            Booted node = Booted.parse(booted);
            for (boolean allowDowngrade : List.of(false, true)) {
                UpdateChoice choice = UpdateChooser.findUpdate(graph, node, Set.of(), allowDowngrade);
                chosenUpdateIsAnEdgeTarget(graph, choice);
            }
        });
    }

    /** Input: {@code rpm-ostree status --json}, NUL, a graph document. */
    @FuzzTest
    void nextUpdateFromStatus(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            BootedDeployment deployment = BootedDeployment.from(RpmOstreeStatus.read(parts.get(0)));
            CincinnatiGraph graph = Documents.read(DocumentType.GRAPH, parts.get(1));
            UpdateChoice choice = UpdateChooser.findUpdate(graph, deployment, Set.of(), false);
            chosenUpdateIsAnEdgeTarget(graph, choice);
            choice.update()
                    .ifPresent(
                            update -> assertThat(deployment.denylistPayloads()).doesNotContain(update.payload()));
        });
    }

    private static void aliasNodesFollowTheirRelease(CincinnatiGraph graph, CincinnatiGraph withAliases) {
        int releases = graph.nodes().size();
        assertThat(withAliases.nodes().subList(0, releases)).isEqualTo(graph.nodes());
        assertThat(withAliases.edges().subList(0, graph.edges().size())).isEqualTo(graph.edges());
        List<Set<Integer>> targets = targetsBySource(withAliases);
        for (int position = releases; position < withAliases.nodes().size(); position++) {
            GraphNode alias = withAliases.nodes().get(position);
            assertThat(NodeMetadata.aliasOf(alias))
                    .as("alias of node %d", position)
                    .isPresent();
            Set<Integer> aliasTargets = targets.get(position);
            assertThat(IntStream.range(0, releases)
                            .filter(release ->
                                    graph.nodes().get(release).version().equals(alias.version()))
                            .mapToObj(targets::get))
                    .as("the targets of the release nodes of alias %s", alias.payload())
                    .contains(aliasTargets);
        }
        assertThat(withAliases.edges()).as("edges into an alias node").allMatch(edge -> edge.target() < releases);
    }

    /** Each {@link PayloadAliasIssue} but a good digest mismatch means its entry added no node. */
    private static void unusedAliasesAddNoNode(
            CincinnatiGraph graph,
            CincinnatiGraph withAliases,
            String architecture,
            PayloadAliases aliases,
            List<PayloadAliasIssue> issues) {
        for (VersionAliases version : aliases.versions()) {
            if (!version.architectures().containsKey(architecture)) {
                continue;
            }
            List<PayloadAliasIssue.Kind> kinds = issues.stream()
                    .filter(issue -> issue.version().equals(version.version())
                            && issue.architecture().equals(architecture))
                    .map(PayloadAliasIssue::kind)
                    .filter(kind -> kind != PayloadAliasIssue.Kind.GOOD_DIGEST_MISMATCH)
                    .toList();
            long added = withAliases.nodes().stream()
                    .skip(graph.nodes().size())
                    .filter(node -> node.version().equals(version.version()))
                    .count();
            long releases = graph.nodes().stream()
                    .filter(node -> node.version().equals(version.version()))
                    .count();
            if (kinds.contains(PayloadAliasIssue.Kind.NO_NODE)
                    || kinds.contains(PayloadAliasIssue.Kind.NEWEST_RELEASE)) {
                assertThat(added)
                        .as("alias nodes of %s on %s", version.version(), architecture)
                        .isZero();
            } else {
                assertThat(added)
                        .as("alias nodes of %s on %s, issues %s", version.version(), architecture, kinds)
                        .isLessThanOrEqualTo(releases - kinds.size());
            }
        }
    }

    private static List<Set<Integer>> targetsBySource(CincinnatiGraph graph) {
        List<Set<Integer>> targets = new ArrayList<>();
        graph.nodes().forEach(node -> targets.add(new HashSet<>()));
        graph.edges().forEach(edge -> targets.get(edge.source()).add(edge.target()));
        return targets;
    }

    private static void servedEdgesAreBuiltEdges(CincinnatiGraph graph, double wariness, long now) {
        CincinnatiGraph served = GraphPolicy.apply(graph, wariness, now);
        assertThat(served.nodes()).isEqualTo(graph.nodes());
        assertThat(new HashSet<>(graph.edges())).containsAll(served.edges());
        assertThat(GraphPolicy.apply(graph, GraphPolicy.hiddenTargets(graph, wariness, now)))
                .isEqualTo(served);
    }

    private static void chosenUpdateIsAnEdgeTarget(CincinnatiGraph graph, UpdateChoice choice) {
        choice.update().ifPresent(update -> {
            NodeRelease booted = choice.booted().orElseThrow();
            assertThat(graph.edges())
                    .as("an edge from %s to %s", booted, update)
                    .anyMatch(edge -> is(graph.nodes().get(edge.source()), booted)
                            && is(graph.nodes().get(edge.target()), update));
        });
    }

    private static boolean is(GraphNode node, NodeRelease release) {
        return node.version().equals(release.version()) && node.payload().equals(release.payload());
    }
}
