/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static io.github.coreosrelease.graph.Fixtures.AGE;
import static io.github.coreosrelease.graph.Fixtures.BARRIER;
import static io.github.coreosrelease.graph.Fixtures.BARRIER_REASON;
import static io.github.coreosrelease.graph.Fixtures.DEADEND;
import static io.github.coreosrelease.graph.Fixtures.DEADEND_REASON;
import static io.github.coreosrelease.graph.Fixtures.DURATION;
import static io.github.coreosrelease.graph.Fixtures.ROLLOUT;
import static io.github.coreosrelease.graph.Fixtures.SCHEME;
import static io.github.coreosrelease.graph.Fixtures.START_EPOCH;
import static io.github.coreosrelease.graph.Fixtures.START_VALUE;
import static io.github.coreosrelease.graph.Fixtures.assertGraph;
import static io.github.coreosrelease.graph.Fixtures.barrier;
import static io.github.coreosrelease.graph.Fixtures.commit;
import static io.github.coreosrelease.graph.Fixtures.deadEnd;
import static io.github.coreosrelease.graph.Fixtures.edges;
import static io.github.coreosrelease.graph.Fixtures.entry;
import static io.github.coreosrelease.graph.Fixtures.index;
import static io.github.coreosrelease.graph.Fixtures.node;
import static io.github.coreosrelease.graph.Fixtures.oci;
import static io.github.coreosrelease.graph.Fixtures.ociRelease;
import static io.github.coreosrelease.graph.Fixtures.readIndex;
import static io.github.coreosrelease.graph.Fixtures.readUpdates;
import static io.github.coreosrelease.graph.Fixtures.reason;
import static io.github.coreosrelease.graph.Fixtures.release;
import static io.github.coreosrelease.graph.Fixtures.rollout;
import static io.github.coreosrelease.graph.Fixtures.updates;
import static io.github.coreosrelease.graph.Fixtures.x86Index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.Updates;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphBuilderTest {
    private static final Scope X86 = Scope.of("stable", "x86_64", false);
    private static final Scope X86_OCI = Scope.of("stable", "x86_64", true);
    private static final Scope ARM = Scope.of("stable", "aarch64", false);
    private static final Updates NO_UPDATES = updates();

    private static UpdateMetadata.Builder metadata() {
        return UpdateMetadata.builder();
    }

    @Test
    void rollingBarrierTakesEdgesFromThePreviousBarrierOnward() {
        Rollout rollout = Rollout.builder()
                .startEpoch(100L)
                .startPercentage(JsonDecimal.parse("0.25"))
                .durationMinutes(BigInteger.valueOf(60))
                .build();
        Updates updates = updates(
                barrier("2", "r2"),
                entry("4", metadata().barrier(reason("r4")).rollout(rollout).build()),
                rollout("5"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3", "4", "5"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node("2", "c2", AGE, "1", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "r2"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum"),
                        node(
                                "4",
                                "c4",
                                AGE,
                                "3",
                                SCHEME,
                                "checksum",
                                BARRIER,
                                "true",
                                BARRIER_REASON,
                                "r4",
                                ROLLOUT,
                                "true",
                                START_EPOCH,
                                "100",
                                START_VALUE,
                                "0.25",
                                DURATION,
                                "60"),
                        node("5", "c5", AGE, "4", SCHEME, "checksum", ROLLOUT, "true")),
                edges(0, 1, 1, 3, 2, 3, 3, 4));
    }

    @Test
    void deadEndInTheMiddleLosesItsOutgoingEdgesOnly() {
        Updates updates = updates(deadEnd("2", "https://example.org/bug"), rollout("4"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3", "4"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node(
                                "2",
                                "c2",
                                AGE,
                                "1",
                                SCHEME,
                                "checksum",
                                DEADEND,
                                "true",
                                DEADEND_REASON,
                                "https://example.org/bug"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum"),
                        node("4", "c4", AGE, "3", SCHEME, "checksum", ROLLOUT, "true")),
                edges(0, 3, 2, 3));
    }

    @Test
    void deadEndBarrierStrandsItsNodes() {
        Updates updates = updates(
                entry("2", metadata().barrier(reason("b")).deadend(reason("d")).build()), rollout("3"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node(
                                "2",
                                "c2",
                                AGE,
                                "1",
                                SCHEME,
                                "checksum",
                                DEADEND,
                                "true",
                                DEADEND_REASON,
                                "d",
                                BARRIER,
                                "true",
                                BARRIER_REASON,
                                "b"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum", ROLLOUT, "true")),
                edges(0, 1));
    }

    @Test
    void barriersOnlyChainTheReleasesAndNeverTargetTheNewest() {
        Updates updates = updates(barrier("2", "r2"), barrier("4", "r4"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3", "4", "5"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node("2", "c2", AGE, "1", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "r2"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum"),
                        node("4", "c4", AGE, "3", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "r4"),
                        node("5", "c5", AGE, "4", SCHEME, "checksum")),
                edges(0, 1, 1, 3, 2, 3));
    }

    @Test
    void severalRolloutsEachTakeEdgesBackToTheirBarrier() {
        Updates updates = updates(rollout("2"), barrier("3", "b"), rollout("4"), rollout("5"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3", "4", "5"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node("2", "c2", AGE, "1", SCHEME, "checksum", ROLLOUT, "true"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "b"),
                        node("4", "c4", AGE, "3", SCHEME, "checksum", ROLLOUT, "true"),
                        node("5", "c5", AGE, "4", SCHEME, "checksum", ROLLOUT, "true")),
                edges(0, 1, 0, 2, 1, 2, 2, 3, 2, 4, 3, 4));
    }

    @Test
    void releasesWithoutTheArchitectureAreSkippedButCountInTheAgeIndex() {
        ReleaseIndex index = index(
                release("1", commit("x86_64", "c1")),
                release("2", commit("aarch64", "a2")),
                release("3", commit("x86_64", "c3"), commit("aarch64", "a3")),
                ociRelease("4", oci("x86_64", "quay.io/fcos@sha256:4")),
                release("5", commit("x86_64", "c5")));
        Updates updates = updates(rollout("3"));

        assertGraph(
                GraphBuilder.build(index, updates, X86),
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum", ROLLOUT, "true"),
                        node("5", "c5", AGE, "4", SCHEME, "checksum")),
                edges(0, 1));
        assertGraph(
                GraphBuilder.build(index, updates, ARM),
                List.of(
                        node("2", "a2", AGE, "1", SCHEME, "checksum"),
                        node("3", "a3", AGE, "2", SCHEME, "checksum", ROLLOUT, "true")),
                edges(0, 1));
        assertGraph(
                GraphBuilder.build(index, updates, X86_OCI),
                List.of(node("4", "quay.io/fcos@sha256:4", AGE, "3", SCHEME, "oci")),
                edges());
    }

    @Test
    void unknownArchitectureGivesAnEmptyGraph() {
        CincinnatiGraph graph =
                GraphBuilder.build(x86Index("1", "2"), updates(rollout("2")), Scope.of("stable", "riscv64", false));

        assertGraph(graph, List.of(), edges());
    }

    @Test
    void lastNonEmptyChecksumOfTheArchitectureIsThePayload() {
        ReleaseIndex index = index(
                release("1", commit("x86_64", "c1a"), commit("x86_64", "")),
                release("2", commit("x86_64", "")),
                release("3", commit("x86_64", "c3a"), commit("aarch64", "a3"), commit("x86_64", "c3b")));

        assertGraph(
                GraphBuilder.build(index, NO_UPDATES, X86),
                List.of(node("1", "c1a", AGE, "0", SCHEME, "checksum"), node("3", "c3b", AGE, "2", SCHEME, "checksum")),
                edges());
    }

    @Test
    void lastNonEmptyDigestRefIsThePayloadNeverTheTaggedImage() {
        ReleaseIndex index = index(
                ociRelease("1", oci("x86_64", "q/fcos@sha256:1a"), oci("x86_64", "")),
                ociRelease("2", oci("x86_64", "")),
                ociRelease("3", oci("x86_64", "q/fcos@sha256:3a"), oci("x86_64", "q/fcos@sha256:3b")));

        assertGraph(
                GraphBuilder.build(index, updates(rollout("3")), X86_OCI),
                List.of(
                        node("1", "q/fcos@sha256:1a", AGE, "0", SCHEME, "oci"),
                        node("3", "q/fcos@sha256:3b", AGE, "2", SCHEME, "oci", ROLLOUT, "true")),
                edges(0, 1));
    }

    @Test
    void emptyListsOfCommitsOrImagesSkipTheRelease() {
        ReleaseIndex index = readIndex("{\"releases\": ["
                + "{\"version\": \"1\", \"metadata\": \"u\", \"commits\": [],"
                + " \"oci-images\": [{\"architecture\": \"x86_64\", \"image\": \"q/f:stable\", \"digest-ref\": \"q/f@sha256:1\"}]},"
                + "{\"version\": \"2\", \"metadata\": \"u\", \"commits\": [{\"architecture\": \"x86_64\", \"checksum\": \"c2\"}],"
                + " \"oci-images\": []}]}");

        assertGraph(
                GraphBuilder.build(index, NO_UPDATES, X86),
                List.of(node("2", "c2", AGE, "1", SCHEME, "checksum")),
                edges());
        assertGraph(
                GraphBuilder.build(index, NO_UPDATES, X86_OCI),
                List.of(node("1", "q/f@sha256:1", AGE, "0", SCHEME, "oci")),
                edges());
    }

    @Test
    void ociOnlyReleasesAppearInTheOciGraphOnly() {
        ReleaseIndex index = index(
                release("1", commit("x86_64", "c1")),
                release("2", List.of(commit("x86_64", "c2")), List.of(oci("x86_64", "q/f@sha256:2"))),
                ociRelease("3", oci("x86_64", "q/f@sha256:3")));
        Updates updates = updates(rollout("3"));

        assertGraph(
                GraphBuilder.build(index, updates, X86),
                List.of(node("1", "c1", AGE, "0", SCHEME, "checksum"), node("2", "c2", AGE, "1", SCHEME, "checksum")),
                edges());
        assertGraph(
                GraphBuilder.build(index, updates, X86_OCI),
                List.of(
                        node("2", "q/f@sha256:2", AGE, "1", SCHEME, "oci"),
                        node("3", "q/f@sha256:3", AGE, "2", SCHEME, "oci", ROLLOUT, "true")),
                edges(0, 1));
    }

    @Test
    void repeatedUpdatesEntriesMergeInFileOrder() {
        Rollout firstRollout = Rollout.builder()
                .startEpoch(100L)
                .startPercentage(JsonDecimal.parse("0.25"))
                .build();
        Rollout secondRollout =
                Rollout.builder().durationMinutes(BigInteger.valueOf(60)).build();
        Updates updates = updates(
                entry(
                        "2",
                        metadata()
                                .barrier(reason("first"))
                                .rollout(firstRollout)
                                .build()),
                deadEnd("3", "elsewhere"),
                entry("2", metadata().rollout(secondRollout).build()),
                entry(
                        "2",
                        metadata().barrier(reason("")).deadend(reason("late")).build()),
                entry("2", metadata().build()));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum"),
                        node(
                                "2",
                                "c2",
                                AGE,
                                "1",
                                SCHEME,
                                "checksum",
                                BARRIER,
                                "true",
                                BARRIER_REASON,
                                "generic",
                                ROLLOUT,
                                "true",
                                START_EPOCH,
                                "100",
                                START_VALUE,
                                "0.25",
                                DURATION,
                                "60",
                                DEADEND,
                                "true",
                                DEADEND_REASON,
                                "late"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum", DEADEND, "true", DEADEND_REASON, "elsewhere")),
                edges(0, 1));
    }

    @Test
    void updatesForVersionsAbsentFromTheIndexAreIgnored() {
        Updates updates = updates(barrier("9", "b"), rollout("10"), deadEnd("1.0", "not 1"));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2"), updates, X86);

        assertGraph(
                graph,
                List.of(node("1", "c1", AGE, "0", SCHEME, "checksum"), node("2", "c2", AGE, "1", SCHEME, "checksum")),
                edges());
    }

    @Test
    void emptyReasonsBecomeGeneric() {
        Updates updates = updates(barrier("2", ""), deadEnd("1", ""));

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1", "2", "3"), updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum", DEADEND, "true", DEADEND_REASON, "generic"),
                        node("2", "c2", AGE, "1", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "generic"),
                        node("3", "c3", AGE, "2", SCHEME, "checksum")),
                edges());
    }

    @Test
    void acceptsWhatTheReferenceAcceptsNullsUnknownFieldsAndRepeatedVersions() {
        ReleaseIndex index = readIndex("{\"releases\": ["
                + "{\"version\": \"1\", \"metadata\": \"u\", \"oci-images\": null, \"future\": true,"
                + " \"commits\": [{\"architecture\": \"x86_64\", \"checksum\": \"c1\", \"signed\": 1}]},"
                + "{\"version\": \"1\", \"metadata\": \"u\", \"commits\": [{\"architecture\": \"x86_64\", \"checksum\": \"c1\"}]},"
                + "{\"version\": \"0\", \"metadata\": \"u\", \"commits\": [{\"architecture\": \"x86_64\", \"checksum\": \"c0\"}]}],"
                + " \"stream\": null, \"extra\": {}}");
        Updates updates = readUpdates("{\"stream\": \"other\", \"metadata\": null, \"releases\": ["
                + "{\"version\": \"1\", \"metadata\": {\"barrier\": {\"reason\": \"b\", \"since\": 2},"
                + " \"deadend\": null, \"rollout\": null, \"note\": \"x\"}}]}");

        CincinnatiGraph graph = GraphBuilder.build(index, updates, X86);

        assertGraph(
                graph,
                List.of(
                        node("1", "c1", AGE, "0", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "b"),
                        node("1", "c1", AGE, "1", SCHEME, "checksum", BARRIER, "true", BARRIER_REASON, "b"),
                        node("0", "c0", AGE, "2", SCHEME, "checksum")),
                edges(0, 1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"start_percentage\": 0.3 | " + "org.fedoraproject.coreos.updates.start_value | 0.3",
                "\"start_percentage\": 1 | org.fedoraproject.coreos.updates.start_value | 1",
                "\"start_percentage\": 1.0 | org.fedoraproject.coreos.updates.start_value | 1",
                "\"start_percentage\": 0.0 | org.fedoraproject.coreos.updates.start_value | 0",
                // A negative zero keeps its sign, as the reference reads it into a float and prints it.
                "\"start_percentage\": -0.0 | org.fedoraproject.coreos.updates.start_value | -0",
                "\"start_percentage\": -0e3 | org.fedoraproject.coreos.updates.start_value | -0",
                "\"start_percentage\": 25e-2 | org.fedoraproject.coreos.updates.start_value | 0.25",
                "\"start_percentage\": 100 | org.fedoraproject.coreos.updates.start_value | 100",
                "\"start_epoch\": -5 | org.fedoraproject.coreos.updates.start_epoch | -5",
                "\"start_epoch\": 9223372036854775807 | org.fedoraproject.coreos.updates.start_epoch"
                        + " | 9223372036854775807",
                "\"duration_minutes\": 0 | org.fedoraproject.coreos.updates.duration_minutes | 0",
                "\"duration_minutes\": 18446744073709551615 | org.fedoraproject.coreos.updates.duration_minutes"
                        + " | 18446744073709551615",
            })
    void rolloutNumbersAreWrittenInPlainDecimal(String field, String key, String expected) {
        Updates updates =
                readUpdates("{\"stream\": \"s\", \"releases\": [{\"version\": \"1\", \"metadata\": {\"rollout\": {"
                        + field + "}}}]}");

        CincinnatiGraph graph = GraphBuilder.build(x86Index("1"), updates, X86);

        assertGraph(
                graph, List.of(node("1", "c1", AGE, "0", SCHEME, "checksum", ROLLOUT, "true", key, expected)), edges());
    }

    @Test
    void startPercentageBeyondTheFloatRangeIsAGraphErrorEvenForUnknownVersions() {
        Updates updates = readUpdates("{\"stream\": \"s\", \"releases\": ["
                + "{\"version\": \"nowhere\", \"metadata\": {\"rollout\": {\"start_percentage\": 1e400}}}]}");

        assertThatThrownBy(() -> GraphBuilder.build(x86Index("1"), updates, X86))
                .isInstanceOf(GraphException.class)
                .hasMessage("updates entry for version nowhere: start_percentage 1e400 is beyond the range of a"
                        + " 64-bit float; expected a share between 0 and 1");
    }

    /** Releases 0 to count-1, every one a rollout: count(count-1)/2 edges. */
    private static Updates everyReleaseARollout(String[] versions) {
        List<io.github.coreosrelease.core.model.UpdateRelease> entries = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            versions[i] = Integer.toString(i);
            entries.add(rollout(versions[i]));
        }
        return Updates.builder().stream("s").releases(entries).build();
    }

    @Test
    void refusesGraphsWithMoreEdgesThanTheLimit() {
        // Every release a rollout: n(n-1)/2 edges, 1,124,250 for 1,500 releases.
        String[] versions = new String[1_500];
        Updates updates = everyReleaseARollout(versions);

        assertThatThrownBy(() -> GraphBuilder.build(x86Index(versions), updates, X86))
                .isInstanceOf(GraphException.class)
                .hasMessage(
                        "the checksum graph of x86_64 would have more than 1000000 edges, the most a graph may"
                                + " have (each rollout and barrier gets an edge from every release since the previous barrier)");
    }

    @Test
    void aLowerEdgeBoundRefusesAGraphTheDefaultAccepts() {
        String[] versions = new String[4];
        Updates updates = everyReleaseARollout(versions);
        ReleaseIndex index = x86Index(versions);
        List<GraphEdge> sixEdges = edges(0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3);

        assertThat(GraphBuilder.build(index, updates, X86).edges()).isEqualTo(sixEdges);
        // The bound itself is allowed.
        GraphLimits six = GraphLimits.builder().maxEdges(6).build();
        assertThat(GraphBuilder.build(index, updates, X86, six).edges()).isEqualTo(sixEdges);
        GraphLimits five = GraphLimits.builder().maxEdges(5).build();
        assertThatThrownBy(() -> GraphBuilder.build(index, updates, X86, five))
                .isInstanceOf(GraphException.class)
                .hasMessage(
                        "the checksum graph of x86_64 would have more than 5 edges, the most a graph may"
                                + " have (each rollout and barrier gets an edge from every release since the previous barrier)");
        assertThatThrownBy(() -> GraphBuilder.buildAll(index, updates, "s", Set.of(), five))
                .isInstanceOf(GraphException.class)
                .hasMessage(
                        "the checksum graph of x86_64 would have more than 5 edges, the most a graph may"
                                + " have (each rollout and barrier gets an edge from every release since the previous barrier)");
    }

    @Test
    void aHigherEdgeBoundAcceptsAGraphTheDefaultRefuses() {
        String[] versions = new String[1_500];
        Updates updates = everyReleaseARollout(versions);
        ReleaseIndex index = x86Index(versions);
        GraphLimits limits = GraphLimits.builder().maxEdges(1_124_250).build();

        CincinnatiGraph graph = GraphBuilder.buildAll(index, updates, "s", Set.of(), limits)
                .graph("x86_64", false)
                .orElseThrow();

        assertThat(graph.nodes()).hasSize(1_500);
        assertThat(graph.edges()).hasSize(1_124_250);
        assertThat(graph.edges().get(0)).isEqualTo(GraphEdge.of(0, 1));
        assertThat(graph.edges().get(1_124_249)).isEqualTo(GraphEdge.of(1_498, 1_499));
        assertThatThrownBy(() -> GraphBuilder.buildAll(index, updates, "s", Set.of()))
                .isInstanceOf(GraphException.class)
                .hasMessageStartingWith("the checksum graph of x86_64 would have more than 1000000 edges");
    }

    @Test
    void theDefaultLimitsAreTheEdgeConstantAndANegativeBoundIsRefused() {
        assertThat(GraphLimits.defaults().maxEdges()).isEqualTo(1_000_000).isEqualTo(GraphBuilder.MAX_EDGES);
        assertThat(GraphLimits.builder().maxEdges(0).build().maxEdges()).isZero();
        assertThatThrownBy(() -> GraphLimits.builder().maxEdges(-1).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid max edges \"-1\": expected a number of edges from 0 to 2147483647");
    }

    @Test
    void buildAllBuildsBothGraphsOfEveryArchitectureNamedInTheIndex() {
        ReleaseIndex index = index(
                release("1", commit("x86_64", "c1"), commit("s390x", ""), commit("", "nameless")),
                release(
                        "2",
                        List.of(commit("x86_64", "c2"), commit("aarch64", "a2")),
                        List.of(oci("ppc64le", "q/f@sha256:p2"), oci("x86_64", "q/f@sha256:x2"))),
                ociRelease("3", oci("x86_64", "q/f@sha256:x3")));
        Updates updates = updates(rollout("3"), barrier("2", "b"));

        GraphSet set = GraphBuilder.buildAll(index, updates, "stable");

        assertThat(set.stream()).isEqualTo("stable");
        assertThat(set.architectures()).containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(set.asMap().keySet())
                .containsExactly(
                        Scope.of("stable", "aarch64", false),
                        Scope.of("stable", "aarch64", true),
                        Scope.of("stable", "ppc64le", false),
                        Scope.of("stable", "ppc64le", true),
                        Scope.of("stable", "s390x", false),
                        Scope.of("stable", "s390x", true),
                        Scope.of("stable", "x86_64", false),
                        Scope.of("stable", "x86_64", true));
        set.asMap()
                .forEach((scope, graph) -> assertThat(graph)
                        .as("graph of %s", scope)
                        .isEqualTo(GraphBuilder.build(index, updates, scope)));
        assertGraph(
                set.graph("x86_64", true).orElseThrow(),
                List.of(
                        node("2", "q/f@sha256:x2", AGE, "1", SCHEME, "oci", BARRIER, "true", BARRIER_REASON, "b"),
                        node("3", "q/f@sha256:x3", AGE, "2", SCHEME, "oci", ROLLOUT, "true")),
                edges(0, 1));
        assertGraph(set.graph("s390x", false).orElseThrow(), List.of(), edges());
        assertGraph(set.graph("ppc64le", false).orElseThrow(), List.of(), edges());
        assertThat(set.graph("riscv64", false)).isEmpty();
        assertThat(set.graph("", false)).isEmpty();
    }

    @Test
    void buildAllOfAnEmptyIndexHasTheEmptyGraphsOfTheDefaultArchitectures() {
        GraphSet set = GraphBuilder.buildAll(index(), NO_UPDATES, "next");

        assertThat(set.architectures()).containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(set.asMap()).hasSize(8);
        assertGraph(set.graph("s390x", false).orElseThrow(), List.of(), edges());
        assertGraph(set.graph("s390x", true).orElseThrow(), List.of(), edges());
        assertThat(set.graph("riscv64", false)).isEmpty();
    }

    @Test
    void buildAllServesTheConfiguredArchitecturesAndThoseTheIndexNames() {
        ReleaseIndex index = index(release("1", commit("x86_64", "c1")), release("2", commit("ppc64le", "p2")));

        GraphSet set = GraphBuilder.buildAll(index, NO_UPDATES, "stable", Set.of("riscv64"));

        assertThat(set.architectures()).containsExactly("ppc64le", "riscv64", "x86_64");
        assertGraph(set.graph("riscv64", false).orElseThrow(), List.of(), edges());
        assertGraph(set.graph("riscv64", true).orElseThrow(), List.of(), edges());
        assertGraph(
                set.graph("ppc64le", false).orElseThrow(),
                List.of(node("2", "p2", AGE, "1", SCHEME, "checksum")),
                edges());
        assertThat(set.graph("aarch64", false)).isEmpty();
        assertThat(GraphBuilder.buildAll(index, NO_UPDATES, "stable", Set.of()).architectures())
                .containsExactly("ppc64le", "x86_64");
    }

    @Test
    void buildAllRefusesAnEmptyConfiguredArchitecture() {
        assertThatThrownBy(() -> GraphBuilder.buildAll(index(), NO_UPDATES, "stable", Set.of("")))
                .isInstanceOf(io.github.coreosrelease.core.InvalidValueException.class)
                .hasMessage("invalid architecture \"\": expected a non-empty architecture name, e.g. x86_64");
    }

    @Test
    void buildAllRefusesAnEmptyStream() {
        assertThatThrownBy(() -> GraphBuilder.buildAll(index(), NO_UPDATES, ""))
                .isInstanceOf(io.github.coreosrelease.core.InvalidValueException.class)
                .hasMessage("invalid stream \"\": expected a non-empty stream name, e.g. stable");
    }

    @Test
    void indexWithoutReleasesGivesAnEmptyGraph() {
        assertGraph(GraphBuilder.build(index(), NO_UPDATES, X86), List.of(), edges());
    }

    @Test
    void releaseWithNeitherCommitsNorImagesIsSkipped() {
        IndexRelease bare = IndexRelease.builder().version("1").metadata("u").build();
        ReleaseIndex index = index(bare, release("2", commit("x86_64", "c2")));

        assertGraph(
                GraphBuilder.build(index, NO_UPDATES, X86),
                List.of(node("2", "c2", AGE, "1", SCHEME, "checksum")),
                edges());
        assertGraph(GraphBuilder.build(index, NO_UPDATES, X86_OCI), List.of(), edges());
    }
}
