/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static io.github.coreosrelease.graph.Fixtures.AGE;
import static io.github.coreosrelease.graph.Fixtures.BARRIER;
import static io.github.coreosrelease.graph.Fixtures.BARRIER_REASON;
import static io.github.coreosrelease.graph.Fixtures.DURATION;
import static io.github.coreosrelease.graph.Fixtures.ROLLOUT;
import static io.github.coreosrelease.graph.Fixtures.SCHEME;
import static io.github.coreosrelease.graph.Fixtures.START_EPOCH;
import static io.github.coreosrelease.graph.Fixtures.START_VALUE;
import static io.github.coreosrelease.graph.Fixtures.assertGraph;
import static io.github.coreosrelease.graph.Fixtures.edges;
import static io.github.coreosrelease.graph.Fixtures.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.testing.Corpus;
import io.github.coreosrelease.graph.assertj.CoreosAssertions;
import io.github.coreosrelease.graph.view.GraphView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graphs of real Fedora CoreOS documents from the shared corpus. */
class GraphBuilderCorpusTest {
    private static final DocumentReader READER = DocumentReader.standard();
    private static final Scope X86 = Scope.of("stable", "x86_64", false);

    private static ReleaseIndex index(String file) {
        return READER.read(DocumentType.RELEASE_INDEX, Corpus.file(file));
    }

    private static Updates updates(Path file) {
        return READER.read(DocumentType.UPDATES, file);
    }

    @Test
    void earlyStableIndexWithCurrentStableUpdates() {
        ReleaseIndex index = index("release-index/fcos-stable-early.json");
        Updates updates = updates(Corpus.file("updates/stable.json"));

        GraphSet set = GraphBuilder.buildAll(index, updates, "stable");
        CincinnatiGraph graph = set.graph("x86_64", false).orElseThrow();

        assertThat(set.architectures()).containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(graph).isEqualTo(GraphBuilder.build(index, updates, X86));
        assertThat(graph.nodes()).hasSize(26);
        // Barriers at positions 11, 13, 23 and 24; the two newest releases are never targets.
        assertThat(graph.edges()).hasSize(11 + 2 + 10 + 1);
        assertThat(graph.edges())
                .contains(GraphEdge.of(0, 11), GraphEdge.of(10, 11), GraphEdge.of(11, 13), GraphEdge.of(23, 24));
        assertThat(graph.nodes().get(24).metadata())
                .containsExactly(
                        java.util.Map.entry(AGE, "24"),
                        java.util.Map.entry(SCHEME, "checksum"),
                        java.util.Map.entry(BARRIER, "true"),
                        java.util.Map.entry(
                                BARRIER_REASON, "https://github.com/coreos/fedora-coreos-tracker/issues/646"));
        CoreosAssertions.assertThat(graph)
                .hasEdge("31.20200108.3.0", "31.20200517.3.0")
                .hasNoEdge("31.20200108.3.0", "32.20200615.3.0")
                .hasEdge("32.20201104.3.0", "33.20201201.3.0")
                .hasNoEdgesFrom("33.20201201.3.0")
                .hasNoEdgesFrom("33.20201214.3.1")
                .hasPayload("33.20201214.3.1", "a64854cbcec13e1c3b3ccbfd3802e377e23c0c136d384c32736addf77e0e2a03")
                .isAcyclic();
        GraphView view = GraphView.of(graph);
        assertThat(view.versionsReaching("33.20201201.3.0")).hasSize(24).doesNotContain("33.20201214.3.1");
        assertThat(view.updatePath("31.20200108.3.0"))
                .containsExactly(
                        "31.20200108.3.0", "31.20200517.3.0", "32.20200615.3.0", "32.20201104.3.0", "33.20201201.3.0");
        assertGraph(
                set.graph("x86_64", true).orElseThrow(),
                List.of(node(
                        "31.20200108.3.0",
                        "quay.io/fedora/fedora-coreos@sha256:460576931cf4ce59afe432ea266234f9d34fa77f8ca3087282084bc3a7324632",
                        AGE,
                        "0",
                        SCHEME,
                        "oci")),
                edges());
    }

    @Test
    void trackerSamplesGiveTheRolloutEdge() {
        ReleaseIndex index = index("tracker-samples/release-index-sample.json");
        Updates updates = updates(Corpus.file("tracker-samples/updates-sample.json"));

        CincinnatiGraph graph = GraphBuilder.build(index, updates, Scope.of("testing", "x86_64", false));

        assertThat(graph.nodes()).hasSize(2);
        assertThat(graph.nodes().get(1).metadata())
                .containsExactly(
                        java.util.Map.entry(AGE, "1"),
                        java.util.Map.entry(SCHEME, "checksum"),
                        java.util.Map.entry(ROLLOUT, "true"),
                        java.util.Map.entry(START_EPOCH, "1568125800"),
                        java.util.Map.entry(START_VALUE, "0.3"),
                        java.util.Map.entry(DURATION, "1440"));
        assertThat(graph.nodes().get(0).metadata()).hasSize(2);
        assertThat(graph.edges()).containsExactly(GraphEdge.of(0, 1));
    }

    @Test
    void firstStableUpdatesFileRollsOutTheFirstReleaseWithoutEdges() {
        ReleaseIndex index = index("release-index/fcos-stable-early.json");
        Updates updates = updates(Corpus.file("updates-history/stable/0001.json"));

        CincinnatiGraph graph = GraphBuilder.build(index, updates, X86);

        assertThat(graph.nodes().get(0).metadata())
                .containsExactly(
                        java.util.Map.entry(AGE, "0"),
                        java.util.Map.entry(SCHEME, "checksum"),
                        java.util.Map.entry(ROLLOUT, "true"),
                        java.util.Map.entry(START_EPOCH, "1578690000"),
                        java.util.Map.entry(START_VALUE, "0"),
                        java.util.Map.entry(DURATION, "5"));
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void everyHistoricUpdatesFileBuildsWhatTheSpecificationSays() {
        ReleaseIndex index = index("release-index/fcos-stable-early.json");
        List<Path> files = Corpus.jsonFiles("updates-history");
        int edges = 0;
        List<String> unreadable = new java.util.ArrayList<>();
        for (Path file : files) {
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            Updates updates;
            try {
                updates = updates(file);
            } catch (io.github.coreosrelease.core.DocumentException e) {
                unreadable.add(name + ": " + e.problem());
                continue;
            }
            GraphSet set = GraphBuilder.buildAll(index, updates, "stable");
            for (boolean oci : List.of(false, true)) {
                Scope scope = Scope.of("stable", "x86_64", oci);
                CincinnatiGraph graph = GraphBuilder.build(index, updates, scope);
                String description = name + ", " + scope;

                assertThat(set.graph("x86_64", oci)).as(description).hasValue(graph);
                assertThat(graph).as(description).isEqualTo(NaiveGraphBuilder.build(index, updates, scope));
                GraphInvariants.check(graph, description);
                edges += graph.edges().size();
            }
        }
        assertThat(files).hasSize(203 + 242 + 244);
        // The very first testing file predates the current format; the reference cannot read it either.
        assertThat(unreadable).containsExactly("testing/0001.json: missing required field \"stream\"");
        assertThat(edges).isGreaterThan(files.size());
    }
}
