/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static io.github.coreosrelease.graph.Fixtures.AGE;
import static io.github.coreosrelease.graph.Fixtures.SCHEME;
import static io.github.coreosrelease.graph.Fixtures.edges;
import static io.github.coreosrelease.graph.Fixtures.node;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.BAD1;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.D1;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.D3;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.D4;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.OCI;
import static io.github.coreosrelease.graph.PayloadAliasNodesTest.REPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.PayloadAliasNodesTest;
import io.github.coreosrelease.graph.Scope;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Explanations on the alias test stream: 41.1, 41.2 (dead-end r2), 41.3 (barrier b3), 41.4 (rollout
 * from 1000 at 50 % over 10 minutes), and alias nodes of 41.1 and 41.2.
 */
class UpdateExplainerTest {
    private static final CincinnatiGraph GRAPH = PayloadAliasNodesTest.aliased();

    private static UpdateExplanation explain(String payload, double wariness, long now, String... denied) {
        return UpdateExplainer.explain(ExplainRequest.builder()
                .scope(OCI)
                .graph(GRAPH)
                .booted(Booted.parse(payload))
                .wariness(wariness)
                .nowEpochSeconds(now)
                .denylist(Set.of(denied))
                .build());
    }

    private static List<String> candidates(UpdateExplanation explanation) {
        return explanation.candidates().stream()
                .map(c -> c.release().version() + " " + c.state().id()
                        + (c.offeredAt().isPresent() ? " at " + c.offeredAt().getAsLong() : ""))
                .toList();
    }

    private static String update(UpdateExplanation explanation) {
        return explanation.choice().update().map(NodeRelease::version).orElse("none") + ": "
                + explanation.choice().reason();
    }

    @Test
    void aThrottledRolloutSaysTheSecondTheNodesTurnComes() {
        // Throttling 0.5 + 0.5 * (t - 1000) / 600 reaches 0.75 at t = 1300.
        UpdateExplanation before = explain(REPO + D3, 0.75, 1000);

        assertThat(before.bootedNode().map(NodeRelease::version)).contains("41.3");
        assertThat(candidates(before)).containsExactly("41.4 throttled at 1300");
        assertThat(update(before)).isEqualTo("none: no update available");
        assertThat(before.barrierAhead()).isEmpty();
        assertThat(before.newest()).contains("41.4");

        assertThat(candidates(explain(REPO + D3, 0.75, 1299))).containsExactly("41.4 throttled at 1300");
        UpdateExplanation turn = explain(REPO + D3, 0.75, 1300);
        assertThat(candidates(turn)).containsExactly("41.4 offered");
        assertThat(update(turn)).isEqualTo("41.4: update found");
    }

    @Test
    void aWarinessUnderTheStartValueIsOfferedAtTheStart() {
        assertThat(candidates(explain(REPO + D3, 0.3, 0))).containsExactly("41.4 throttled at 1000");
        assertThat(candidates(explain(REPO + D3, 1.0, 0))).containsExactly("41.4 throttled at 1600");
    }

    @Test
    void theBadPayloadFindsItsAliasNodeAndTheBarrierAhead() {
        UpdateExplanation explanation = explain(REPO + BAD1, 1.0, 0);

        assertThat(explanation.bootedNode())
                .contains(NodeRelease.fromNode(4, GRAPH.nodes().get(4)));
        assertThat(explanation.aliasOf()).contains(REPO + D1);
        assertThat(explanation.nearMatches()).isEmpty();
        assertThat(candidates(explanation)).containsExactly("41.3 offered");
        assertThat(explanation.barrierAhead())
                .contains(BarrierAhead.builder().version("41.3").reason("b3").build());
        assertThat(update(explanation)).isEqualTo("41.3: update found");
        assertThat(explain(REPO + D1, 1.0, 0).aliasOf()).isEmpty();
    }

    @Test
    void aDeadEndHasItsReasonAndNoCandidates() {
        UpdateExplanation explanation = explain(REPO + "sha256:" + "2".repeat(64), 0.5, 5000);

        assertThat(explanation.deadEndReason()).contains("r2");
        assertThat(explanation.candidates()).isEmpty();
        assertThat(update(explanation)).isEqualTo("none: no update available");
    }

    @Test
    void aDenyListedCandidateIsDeniedEvenWhenThrottled() {
        assertThat(candidates(explain(REPO + D3, 1.0, 0, REPO + D4))).containsExactly("41.4 denied");
        assertThat(update(explain(REPO + D3, 1.0, 5000, REPO + D4)))
                .isEqualTo("none: all candidate updates are deny-listed");
    }

    @Test
    void aPayloadNotInTheGraphGetsItsNearMatches() {
        UpdateExplanation byVersion = UpdateExplainer.explain(ExplainRequest.builder()
                .scope(OCI)
                .graph(GRAPH)
                .booted(Booted.parse(REPO + "sha256:" + "e".repeat(64)))
                .bootedVersion("41.1")
                .wariness(0.5)
                .nowEpochSeconds(0)
                .build());

        assertThat(byVersion.bootedNode()).isEmpty();
        assertThat(update(byVersion)).isEqualTo("none: booted deployment not in graph");
        assertThat(byVersion.nearMatches())
                .extracting(m -> m.version() + " " + m.payload() + ": " + m.resemblance())
                .containsExactly(
                        "41.1 " + REPO + D1 + ": same version, another payload",
                        "41.1 " + REPO + BAD1 + ": same version, an alias payload");
        assertThat(explain("registry.example.org/fcos@" + D3, 0.5, 0).nearMatches())
                .extracting(m -> m.version() + " " + m.payload() + ": " + m.resemblance())
                .containsExactly("41.3 " + REPO + D3 + ": same digest, another repository");
    }

    @Test
    void aTargetThatIsNotNewerIsADowngrade() {
        CincinnatiGraph graph = CincinnatiGraph.builder()
                .addNodes(node("42.1", "c1", AGE, "5", SCHEME, "checksum"))
                .addNodes(node("41.9", "c2", AGE, "3", SCHEME, "checksum"))
                .edges(edges(0, 1))
                .build();
        UpdateExplanation explanation = UpdateExplainer.explain(ExplainRequest.builder()
                .scope(Scope.of("stable", "x86_64", false))
                .graph(graph)
                .booted(Booted.parse("c1"))
                .wariness(0.5)
                .nowEpochSeconds(0)
                .build());

        assertThat(candidates(explanation)).containsExactly("41.9 downgrade");
        assertThat(update(explanation)).isEqualTo("none: update is a downgrade from 42.1 to 41.9, refused");
        assertThat(explanation.newest()).isEqualTo(Optional.of("41.9"));
        assertThat(explanation.candidates().get(0).offeredAt()).isEqualTo(OptionalLong.empty());
    }

    @Test
    void theScopeMustBeTheBootedKinds() {
        assertThatThrownBy(() -> ExplainRequest.builder()
                        .scope(Scope.of("stable", "x86_64", false))
                        .graph(GRAPH)
                        .booted(Booted.parse(REPO + D1))
                        .wariness(0.5)
                        .nowEpochSeconds(0)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a node booted from " + REPO + D1 + " asks for the OCI graph, not the checksum one");
    }
}
