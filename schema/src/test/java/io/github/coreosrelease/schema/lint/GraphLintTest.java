/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V1;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.barrier;
import static io.github.coreosrelease.schema.testing.TestDocs.barrierAndDeadend;
import static io.github.coreosrelease.schema.testing.TestDocs.checksumOnly;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanUpdates;
import static io.github.coreosrelease.schema.testing.TestDocs.commit;
import static io.github.coreosrelease.schema.testing.TestDocs.deadend;
import static io.github.coreosrelease.schema.testing.TestDocs.hex;
import static io.github.coreosrelease.schema.testing.TestDocs.index;
import static io.github.coreosrelease.schema.testing.TestDocs.release;
import static io.github.coreosrelease.schema.testing.TestDocs.releaseWith;
import static io.github.coreosrelease.schema.testing.TestDocs.rollout;
import static io.github.coreosrelease.schema.testing.TestDocs.updates;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph rules of {@link Linter}: each one triggered, and not triggered by a near miss. */
class GraphLintTest {
    private static final Scope CHECKSUM = Scope.of("stable", "x86_64", false);
    private static final Scope OCI = Scope.of("stable", "x86_64", true);

    private final Linter linter = Linter.at(NOW);

    private List<String> lint(ReleaseIndex index, Updates updates) {
        return linter.lint(index, updates).stream().map(Finding::describe).toList();
    }

    private List<String> lintGraph(CincinnatiGraph graph) {
        return linter.lintGraph(CHECKSUM, graph).stream().map(Finding::describe).toList();
    }

    private static GraphNode node(String version, int age, String... metadata) {
        GraphNode.Builder node = GraphNode.builder()
                .version(version)
                .payload(hex(version))
                .putMetadata(NodeMetadata.AGE_INDEX, Integer.toString(age));
        for (int i = 0; i < metadata.length; i += 2) {
            node.putMetadata(metadata[i], metadata[i + 1]);
        }
        return node.build();
    }

    private static CincinnatiGraph graph(List<GraphNode> nodes, GraphEdge... edges) {
        return CincinnatiGraph.builder().addAllNodes(nodes).addEdges(edges).build();
    }

    @Test
    void aGraphFindingCarriesTheScopeAndVersion() {
        List<Finding> findings = linter.lint(index(release(V1), release(V2)), updates(), "x86_64");

        assertThat(findings)
                .containsExactly(
                        Finding.builder()
                                .rule(LintRule.NEWEST_NOT_OFFERED)
                                .location(GraphLocation.of(CHECKSUM, V2))
                                .message("no release can update to the newest release 40.20240504.3.0: it is neither"
                                        + " a barrier nor a rollout, so the 1 other release is stranded")
                                .build(),
                        Finding.builder()
                                .rule(LintRule.NEWEST_NOT_OFFERED)
                                .location(GraphLocation.of(OCI, V2))
                                .message("no release can update to the newest release 40.20240504.3.0: it is neither"
                                        + " a barrier nor a rollout, so the 1 other release is stranded")
                                .build());
    }

    @Test
    void newestNotOfferedCountsTheOthers() {
        assertThat(lint(index(release(V1), release(V2), release(V3)), updates(barrier(V2, "r"))))
                .containsExactly(
                        "warning newest-not-offered x86_64/checksum@41.20241027.3.0: no release can update to the"
                                + " newest release 41.20241027.3.0: it is neither a barrier nor a rollout, so all 2"
                                + " other releases are stranded",
                        "warning newest-not-offered x86_64/oci@41.20241027.3.0: no release can update to the"
                                + " newest release 41.20241027.3.0: it is neither a barrier nor a rollout, so all 2"
                                + " other releases are stranded");
        assertThat(lint(index(release(V1)), updates())).isEmpty();
    }

    @Test
    void graphDowngradeNamesBothVersions() {
        String older = "40.20241101.3.0";
        ReleaseIndex index = index(release(V1), release(V3), release(older));

        assertThat(lint(index, updates(rollout(older, NOW, "1", 60))))
                .containsExactly(
                        "error graph-downgrade x86_64/checksum@41.20241027.3.0: update edge 41.20241027.3.0 ->"
                                + " 40.20241101.3.0 goes from Fedora 41 down to Fedora 40",
                        "error graph-downgrade x86_64/oci@41.20241027.3.0: update edge 41.20241027.3.0 ->"
                                + " 40.20241101.3.0 goes from Fedora 41 down to Fedora 40");
        assertThat(lint(cleanIndex(), cleanUpdates())).isEmpty();
    }

    @Test
    void graphDowngradeIgnoresVersionsThatAreNotFcosShaped() {
        ReleaseIndex index = index(release("31.20191211.1"), release("30.20191014.1"));

        assertThat(lint(index, updates(rollout("30.20191014.1", NOW, "1", 60)))).isEmpty();
    }

    @Test
    void aBarrierThatIsADeadEndStrandsTheReleasesBeforeIt() {
        assertThat(lint(cleanIndex(), updates(barrierAndDeadend(V2, "r"), rollout(V4, NOW, "0", 60))))
                .containsExactly(
                        "error graph-stranded x86_64/checksum@40.20240416.3.0: no update path leads from"
                                + " 40.20240416.3.0 to the newest release 41.20241109.3.0",
                        "error graph-stranded x86_64/oci@40.20240416.3.0: no update path leads from"
                                + " 40.20240416.3.0 to the newest release 41.20241109.3.0");
        assertThat(lint(cleanIndex(), updates(barrier(V2, "r"), deadend(V3, "r"), rollout(V4, NOW, "0", 60))))
                .isEmpty();
    }

    @Test
    void aStrandedReleaseWithoutAnyEdgeSaysSo() {
        List<GraphNode> nodes = List.of(node(V1, 0), node(V2, 1), node(V3, 2));

        assertThat(lintGraph(graph(nodes, GraphEdge.of(0, 2))))
                .containsExactly("error graph-stranded x86_64/checksum@40.20240504.3.0: no update path leads from"
                        + " 40.20240504.3.0 to the newest release 41.20241027.3.0 (no update edge leaves it)");
        assertThat(lintGraph(graph(nodes, GraphEdge.of(0, 2), GraphEdge.of(1, 2))))
                .isEmpty();
    }

    @Test
    void deadEndWithoutReason() {
        assertThat(lint(cleanIndex(), updates(barrier(V2, "r"), deadend(V3, ""), rollout(V4, NOW, "0", 60))))
                .containsExactly(
                        "warning deadend-without-reason x86_64/checksum@41.20241027.3.0: dead-end 41.20241027.3.0"
                                + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker"
                                + " link",
                        "warning deadend-without-reason x86_64/oci@41.20241027.3.0: dead-end 41.20241027.3.0"
                                + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker"
                                + " link");
        assertThat(lintGraph(graph(List.of(node(V1, 0, NodeMetadata.DEADEND, "true")))))
                .containsExactly("warning deadend-without-reason x86_64/checksum@40.20240416.3.0: dead-end"
                        + " 40.20240416.3.0 gives no reason; say why nodes stay there, usually with a tracker link");
        assertThat(lintGraph(graph(List.of(
                        node(V1, 0, NodeMetadata.DEADEND, "true", NodeMetadata.DEADEND_REASON, "https://x/1")))))
                .isEmpty();
    }

    @Test
    void aBarrierMissingFromTheOciGraphBetweenItsReleases() {
        ReleaseIndex crossing = index(release(V1), checksumOnly(V2), release(V3), release(V4));
        ReleaseIndex before = index(checksumOnly(V1), checksumOnly(V2), release(V3), release(V4));

        assertThat(lint(crossing, cleanUpdates()))
                .containsExactly("error scheme-barrier-mismatch x86_64/oci@40.20240504.3.0: barrier 40.20240504.3.0 of"
                        + " the checksum graph has no node in the oci graph, which has releases before and after it:"
                        + " nodes there update past the barrier");
        assertThat(lint(before, cleanUpdates())).isEmpty();
    }

    @Test
    void aVersionThatIsABarrierInOnlyOneOfTheGraphs() {
        List<GraphNode> withBarrier = List.of(node(V1, 0), node(V2, 1, NodeMetadata.BARRIER, "true"));
        List<GraphNode> without = List.of(node(V1, 0), node(V2, 1));
        GraphSet graphs = GraphSet.builder().stream("stable")
                .putAsMap(CHECKSUM, graph(without, GraphEdge.of(0, 1)))
                .putAsMap(OCI, graph(withBarrier, GraphEdge.of(0, 1)))
                .build();
        GraphSet agreeing = GraphSet.builder().stream("stable")
                .putAsMap(CHECKSUM, graph(withBarrier, GraphEdge.of(0, 1)))
                .putAsMap(OCI, graph(withBarrier, GraphEdge.of(0, 1)))
                .build();

        assertThat(linter.lintGraphs(graphs).stream().map(Finding::describe))
                .containsExactly("error scheme-barrier-mismatch x86_64/checksum@40.20240504.3.0: 40.20240504.3.0 is a"
                        + " barrier in the oci graph but not in the checksum graph");
        assertThat(linter.lintGraphs(agreeing)).isEmpty();
    }

    @Test
    void graphCycle() {
        List<GraphNode> nodes = List.of(node(V3, 0), node(V4, 1), node("41.20241122.3.0", 2));

        assertThat(lintGraph(graph(nodes, GraphEdge.of(0, 1), GraphEdge.of(1, 2), GraphEdge.of(2, 1))))
                .containsExactly("error graph-cycle x86_64/checksum@41.20241109.3.0: updates lead in a cycle:"
                        + " 41.20241109.3.0 -> 41.20241122.3.0 -> 41.20241109.3.0");
        assertThat(lintGraph(graph(nodes, GraphEdge.of(0, 1), GraphEdge.of(1, 2))))
                .isEmpty();
    }

    @Test
    void aGraphWithoutAgeIndexTakesItsLastNodeAsNewest() {
        GraphNode a = GraphNode.builder().version(V1).payload("a").build();
        GraphNode b = GraphNode.builder().version(V2).payload("b").build();

        assertThat(lintGraph(graph(List.of(a, b))))
                .containsExactly("warning newest-not-offered x86_64/checksum@40.20240504.3.0: no release can update"
                        + " to the newest release 40.20240504.3.0: it is neither a barrier nor a rollout, so the 1"
                        + " other release is stranded");
    }

    @Test
    void findingsComeDocumentsFirstThenGraphsByArchitecture() {
        IndexRelease first =
                releaseWith(V1, List.of(commit("x86_64", hex("1")), commit("aarch64", hex("2"))), List.of());
        IndexRelease second =
                releaseWith(V2, List.of(commit("x86_64", hex("3")), commit("aarch64", hex("4"))), List.of());
        ReleaseIndex index = index(first, second);
        Updates updates = updates(barrier("41.20991231.3.0", "typo"));
        String notOffered = ": no release can update to the newest release 40.20240504.3.0: it is neither a"
                + " barrier nor a rollout, so the 1 other release is stranded";
        String unknown = "error unknown-update-version updates#/releases/0/version: version 41.20991231.3.0 is not"
                + " in the release index, so this entry has no effect";

        assertThat(lint(index, updates))
                .containsExactly(
                        unknown,
                        "warning newest-not-offered aarch64/checksum@40.20240504.3.0" + notOffered,
                        "warning newest-not-offered x86_64/checksum@40.20240504.3.0" + notOffered);
        assertThat(linter.lint(index, updates, "x86_64").stream().map(Finding::describe))
                .containsExactly(unknown, "warning newest-not-offered x86_64/checksum@40.20240504.3.0" + notOffered);
        assertThat(linter.lint(index, updates, "s390x").stream().map(Finding::describe))
                .containsExactly(unknown);
    }
}
