/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.graph.PayloadAliasNodes;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.CandidateState;
import io.github.coreosrelease.graph.client.ExplainRequest;
import io.github.coreosrelease.graph.client.ExplainedCandidate;
import io.github.coreosrelease.graph.client.ExplanationJson;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.UpdateChooser;
import io.github.coreosrelease.graph.client.UpdateExplainer;
import io.github.coreosrelease.graph.client.UpdateExplanation;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * {@code explain} on arbitrary graphs, booted payloads, parameters and payload aliases. Beyond
 * typed errors: the update explained is the one the client picks from the graph as served, it is
 * an offered candidate, a throttled candidate's {@code offered_at} agrees with the policy one
 * second before and at it, the JSON form is one JSON object naming the same update, and alias
 * nodes change nothing for a node that finds its release.
 */
class ExplainFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Throttled candidates checked against the policy per input: each check explains twice more. */
    private static final int OFFERED_AT_CHECKS = 3;

    /**
     * Input: a first line {@code booted rollout_wariness node_uuid now} (each {@code -} for none,
     * as for {@code policy}), then a graph document, then optionally NUL and a payload aliases
     * document, which is appended to the graph (the architecture x86_64) for a second explanation.
     */
    @FuzzTest
    void explain(byte[] data) {
        String[] fields = Parts.fields(Parts.firstLine(data), 4);
        List<byte[]> documents = Parts.split(Parts.afterFirstLine(data), 2);
        TypedErrors.accepts(() -> {
            CincinnatiGraph graph = Documents.read(DocumentType.GRAPH, documents.get(0));
            Booted booted = Booted.parse(fields[0]);
            double wariness = Wariness.resolve(Parts.parameter(fields[1]), Parts.parameter(fields[2]));
            long now = Parts.epochSeconds(fields[3]);
            Scope scope = Scope.of("stable", "x86_64", booted.oci());
            UpdateExplanation why = explained(scope, graph, booted, wariness, now);
            if (documents.get(1).length > 0) {
                PayloadAliases aliases = Documents.read(DocumentType.PAYLOAD_ALIASES, documents.get(1));
                CincinnatiGraph withAliases = PayloadAliasNodes.append(graph, scope, aliases);
                UpdateExplanation aliased = explained(scope, withAliases, booted, wariness, now);
                if (why.bootedNode().isPresent()) {
                    assertThat(aliased)
                            .as("explained with aliases, booted from a release")
                            .isEqualTo(why);
                } else if (aliased.bootedNode().isPresent()) {
                    assertThat(aliased.aliasOf())
                            .as("the release of alias %s", booted.payload())
                            .isPresent();
                }
            }
        });
    }

    private static UpdateExplanation explained(
            Scope scope, CincinnatiGraph graph, Booted booted, double wariness, long now) {
        UpdateExplanation why = UpdateExplainer.explain(request(scope, graph, booted, wariness, now));
        assertThat(why.choice())
                .as("the update the client picks from the served graph")
                .isEqualTo(UpdateChooser.findUpdate(GraphPolicy.apply(graph, wariness, now), booted, Set.of(), false));
        why.choice()
                .update()
                .ifPresent(update -> assertThat(why.candidates())
                        .as("the candidates offering %s", update)
                        .anyMatch(candidate ->
                                candidate.release().equals(update) && candidate.state() == CandidateState.OFFERED));
        if (why.bootedNode().isEmpty()) {
            assertThat(why.candidates())
                    .as("candidates of a node not in the graph")
                    .isEmpty();
        } else {
            assertThat(why.nearMatches())
                    .as("near matches of a node in the graph")
                    .isEmpty();
        }
        why.candidates().stream()
                .filter(candidate -> candidate.offeredAt().isPresent())
                .limit(OFFERED_AT_CHECKS)
                .forEach(candidate -> offeredAtAgreesWithThePolicy(scope, graph, booted, wariness, now, candidate));
        JsonNode json = json(ExplanationJson.write(why));
        assertThat(json.isObject()).as("explanation JSON %s", json).isTrue();
        assertThat(json.get("update").isNull() ? null : json.get("update").asText())
                .isEqualTo(why.choice().update().map(NodeRelease::version).orElse(null));
        return why;
    }

    private static void offeredAtAgreesWithThePolicy(
            Scope scope,
            CincinnatiGraph graph,
            Booted booted,
            double wariness,
            long now,
            ExplainedCandidate candidate) {
        assertThat(candidate.state()).isEqualTo(CandidateState.THROTTLED);
        long offeredAt = candidate.offeredAt().getAsLong();
        assertThat(offeredAt).as("offered_at of %s", candidate.release()).isGreaterThan(now);
        assertThat(stateOf(candidate.release(), scope, graph, booted, wariness, offeredAt - 1))
                .as("%s one second before its offered_at %d", candidate.release(), offeredAt)
                .contains(CandidateState.THROTTLED);
        assertThat(stateOf(candidate.release(), scope, graph, booted, wariness, offeredAt))
                .as("%s at its offered_at %d", candidate.release(), offeredAt)
                .anyMatch(state -> state != CandidateState.THROTTLED);
    }

    private static List<CandidateState> stateOf(
            NodeRelease release, Scope scope, CincinnatiGraph graph, Booted booted, double wariness, long now) {
        return UpdateExplainer.explain(request(scope, graph, booted, wariness, now)).candidates().stream()
                .filter(candidate -> candidate.release().equals(release))
                .map(ExplainedCandidate::state)
                .toList();
    }

    private static ExplainRequest request(
            Scope scope, CincinnatiGraph graph, Booted booted, double wariness, long now) {
        return ExplainRequest.builder()
                .scope(scope)
                .graph(graph)
                .booted(booted)
                .wariness(wariness)
                .nowEpochSeconds(now)
                .build();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
