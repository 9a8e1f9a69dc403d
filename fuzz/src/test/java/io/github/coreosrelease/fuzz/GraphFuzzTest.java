/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The graph builder, the serving policy and the update chooser on arbitrary documents, graphs and
 * parameters. Beyond typed errors: built graphs keep the barriers and stay acyclic, the policy only
 * removes edges, and a chosen update is the target of an edge from the booted node.
 */
class GraphFuzzTest {
    private static final DocumentReader READER = DocumentReader.standard();

    /** Input: a release index, NUL, an updates document. */
    @FuzzTest
    @DictionaryEntries({"\"releases\"", "\"commits\"", "\"oci-images\"", "\"barrier\"", "\"deadend\"", "\"rollout\""})
    void graphBuilder(byte[] data) {
        List<byte[]> parts = Parts.split(data, 2);
        TypedErrors.accepts(() -> {
            ReleaseIndex index = READER.read(DocumentType.RELEASE_INDEX, parts.get(0));
            Updates updates = READER.read(DocumentType.UPDATES, parts.get(1));
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
     * Input: a first line {@code rollout_wariness node_uuid now} (each {@code -} for none), then a
     * graph document.
     */
    @FuzzTest
    void policy(byte[] data) {
        String[] parameters = Parts.firstLine(data).split(" ", 3);
        byte[] graphJson = Parts.afterFirstLine(data);
        TypedErrors.accepts(() -> {
            CincinnatiGraph graph = READER.read(DocumentType.GRAPH, graphJson);
            double wariness = Wariness.resolve(parameter(parameters, 0), parameter(parameters, 1));
            long now =
                    parameter(parameters, 2).flatMap(GraphFuzzTest::parseLong).orElse(0L);
            servedEdgesAreBuiltEdges(graph, wariness, now);
        });
    }

    /** Input: a first line with what {@code next-update --booted} takes, then a graph document. */
    @FuzzTest
    void nextUpdate(byte[] data) {
        String booted = Parts.firstLine(data);
        byte[] graphJson = Parts.afterFirstLine(data);
        TypedErrors.accepts(() -> {
            CincinnatiGraph graph = READER.read(DocumentType.GRAPH, graphJson);
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
            CincinnatiGraph graph = READER.read(DocumentType.GRAPH, parts.get(1));
            UpdateChoice choice = UpdateChooser.findUpdate(graph, deployment, Set.of(), false);
            chosenUpdateIsAnEdgeTarget(graph, choice);
            choice.update()
                    .ifPresent(
                            update -> assertThat(deployment.denylistPayloads()).doesNotContain(update.payload()));
        });
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

    private static Optional<String> parameter(String[] parameters, int i) {
        return i < parameters.length && !parameters[i].equals("-") ? Optional.of(parameters[i]) : Optional.empty();
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean is(GraphNode node, NodeRelease release) {
        return node.version().equals(release.version()) && node.payload().equals(release.payload());
    }
}
