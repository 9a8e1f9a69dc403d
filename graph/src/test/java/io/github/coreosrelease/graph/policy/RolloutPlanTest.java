/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.Updates;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Rollout plans: shares over time and the turns of given nodes. */
class RolloutPlanTest {
    /** 41.2 is folded from two entries, as the graph builder folds them; 41.1 has no rollout. */
    private static final Updates UPDATES = DocumentReader.standard()
            .read(
                    DocumentType.UPDATES,
                    ("{\"stream\": \"stable\", \"releases\": ["
                                    + "{\"version\": \"41.1\", \"metadata\": {\"barrier\": {\"reason\": \"b\"}}},"
                                    + "{\"version\": \"41.2\", \"metadata\": {\"rollout\": {\"start_epoch\": 1000,"
                                    + " \"start_percentage\": 0.1}}},"
                                    + "{\"version\": \"41.3\", \"metadata\": {\"rollout\": {\"start_epoch\": 1200,"
                                    + " \"start_percentage\": 0.5}}},"
                                    + "{\"version\": \"41.2\", \"metadata\": {\"rollout\": {\"start_percentage\": 0.25,"
                                    + " \"duration_minutes\": 10}}}]}")
                            .getBytes(StandardCharsets.UTF_8));

    private static List<String> rows(List<RolloutShare> shares) {
        return shares.stream()
                .map(row -> row.epochSeconds() + "," + row.version() + "," + row.share())
                .toList();
    }

    @Test
    void schedulesAreFoldedAsTheGraphBuilderFoldsThem() {
        // The second 41.2 entry has no start_epoch: the key set by the first one survives.
        assertThat(RolloutPlan.schedules(UPDATES))
                .isEqualTo(Map.of(
                        "41.2",
                        RolloutSchedule.builder()
                                .startEpoch(1000)
                                .startValue(0.25)
                                .durationMinutes(BigInteger.TEN)
                                .build(),
                        "41.3",
                        RolloutSchedule.builder()
                                .startEpoch(1200)
                                .startValue(0.5)
                                .build()));
        assertThat(RolloutPlan.schedules(UPDATES).keySet()).containsExactly("41.2", "41.3");
    }

    @Test
    void oneRowPerInstantAndRolloutWithBothEndsIncluded() {
        assertThat(rows(RolloutPlan.shares(RolloutPlan.schedules(UPDATES), 900, 1650, 300)))
                .containsExactly(
                        "900,41.2,0.0",
                        "900,41.3,0.0",
                        "1200,41.2,0.5",
                        "1200,41.3,0.5",
                        "1500,41.2,0.875",
                        "1500,41.3,0.5",
                        "1650,41.2,1.0",
                        "1650,41.3,0.5");
        assertThat(rows(RolloutPlan.shares(RolloutPlan.schedules(UPDATES), 1000, 1000, 60)))
                .containsExactly("1000,41.2,0.25", "1000,41.3,0.0");
    }

    @Test
    void sharesAreClampedToTheFleet() {
        Map<String, RolloutSchedule> odd = Map.of(
                "42.1", RolloutSchedule.builder().startEpoch(0).startValue(1.5).build());

        assertThat(rows(RolloutPlan.shares(odd, 10, 10, 1))).containsExactly("10,42.1,1.0");
    }

    @Test
    void turnsUseTheWarinessTheServerDerives() {
        // SipHash-1-3 (keys 0) of the UUID's bytes and 0xFF is 12051689558367979132 (checked with
        // CPython's hash under PYTHONHASHSEED=0), / (2^64 - 1) = 0.6533234000651716. 41.2 moves from
        // 0.25 at 1000 to 1 at 1600: 0.25 + 0.75 * 322 / 600 = 0.6525 hides it at 1322, 0.65375 offers
        // it at 1323. 41.3 stays at 0.5, below the wariness: never.
        String uuid = "e0f3745b108f471cbd4883c6fbed8cdd";
        List<NodeTurn> turns = RolloutPlan.turns(RolloutPlan.schedules(UPDATES), List.of(uuid), 0);

        assertThat(turns)
                .extracting(NodeTurn::nodeUuid, NodeTurn::version, NodeTurn::wariness, NodeTurn::offeredAt)
                .containsExactly(
                        tuple(uuid, "41.2", 0.6533234000651716, OptionalLong.of(1323)),
                        tuple(uuid, "41.3", 0.6533234000651716, OptionalLong.empty()));
    }

    @Test
    void refusesAPlanThatEndsBeforeItStartsOrDoesNotMove() {
        Map<String, RolloutSchedule> rollouts = RolloutPlan.schedules(UPDATES);
        assertThatThrownBy(() -> RolloutPlan.shares(rollouts, 10, 9, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plan ends (9) before it starts (10)");
        assertThatThrownBy(() -> RolloutPlan.shares(rollouts, 10, 20, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the step must be a positive number of seconds, got 0");
        assertThatThrownBy(() -> RolloutPlan.shares(rollouts, 0, 10_000_000, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the plan from 0 to 10000000 every 1 s would have more than 1000000 rows");
    }
}
