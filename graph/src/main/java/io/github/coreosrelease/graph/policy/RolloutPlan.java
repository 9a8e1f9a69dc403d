/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.internal.UpdatesMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the rollouts of an updates document reach the fleet over time, with the serving policy's
 * own arithmetic (SPEC §2.3): the share of the fleet offered each rollout at regular instants, and
 * when given nodes get their turn.
 *
 * <pre>{@code
 * Map<String, RolloutSchedule> rollouts = RolloutPlan.schedules(updates);
 * List<RolloutShare> rows = RolloutPlan.shares(rollouts, from, to, 3600);
 * List<NodeTurn> turns = RolloutPlan.turns(rollouts, List.of(nodeUuid), from);
 * }</pre>
 */
public final class RolloutPlan {
    /** The most rows {@link #shares} computes: a plan is read by people, or drawn. */
    public static final long MAX_ROWS = 1_000_000;

    private RolloutPlan() {}

    /**
     * The rollouts of an updates document, folded as the graph builder folds them (SPEC §2.1: a
     * later entry of a version overwrites the keys it sets).
     *
     * @param updates the updates document
     * @return the schedules by version, in the order the versions first appear; versions without
     *     rollout are left out
     * @throws io.github.coreosrelease.graph.GraphException if a start percentage cannot be read, as
     *     for the graph builder
     */
    public static Map<String, RolloutSchedule> schedules(Updates updates) {
        Objects.requireNonNull(updates, "updates");
        Map<String, Map<String, String>> metadata = UpdatesMetadata.byVersion(updates);
        Map<String, RolloutSchedule> schedules = new LinkedHashMap<>();
        for (UpdateRelease entry : updates.releases()) {
            if (schedules.containsKey(entry.version())) {
                continue;
            }
            // The node the graph builder would make for the version, read back as the policy does.
            GraphNode node = GraphNode.builder()
                    .version(entry.version())
                    .payload(entry.version())
                    .metadata(metadata.get(entry.version()))
                    .build();
            Optional<RolloutSchedule> schedule = RolloutSchedules.fromNode(node);
            schedule.ifPresent(s -> schedules.put(entry.version(), s));
        }
        return Collections.unmodifiableMap(schedules);
    }

    /**
     * The share of the fleet offered each rollout, at {@code from}, {@code from + step}, ... and
     * at {@code to}: one row per instant and rollout, instants ascending, rollouts in map order.
     *
     * @param schedules the rollouts by version, see {@link #schedules}
     * @param fromEpochSeconds the first instant
     * @param toEpochSeconds the last instant, included even when not a whole number of steps away
     * @param stepSeconds the time between rows, positive
     * @return the rows
     * @throws IllegalArgumentException if {@code to} is before {@code from}, the step is not
     *     positive, or the plan would have more than {@link #MAX_ROWS} rows
     */
    public static List<RolloutShare> shares(
            Map<String, RolloutSchedule> schedules, long fromEpochSeconds, long toEpochSeconds, long stepSeconds) {
        Objects.requireNonNull(schedules, "schedules");
        if (toEpochSeconds < fromEpochSeconds) {
            throw new IllegalArgumentException(
                    "the plan ends (" + toEpochSeconds + ") before it starts (" + fromEpochSeconds + ")");
        }
        if (stepSeconds <= 0) {
            throw new IllegalArgumentException("the step must be a positive number of seconds, got " + stepSeconds);
        }
        List<Long> instants = instants(fromEpochSeconds, toEpochSeconds, stepSeconds, schedules.size());
        List<RolloutShare> rows = new ArrayList<>(instants.size() * schedules.size());
        for (long at : instants) {
            schedules.forEach((version, schedule) -> rows.add(RolloutShare.builder()
                    .epochSeconds(at)
                    .version(version)
                    .share(Math.min(1.0, Math.max(0.0, schedule.throttlingAt(at))))
                    .build()));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * When each node's turn comes in each rollout: the first second from {@code fromEpochSeconds}
     * on at which the server offers it the release, with the wariness it derives from the UUID.
     *
     * @param schedules the rollouts by version, see {@link #schedules}
     * @param nodeUuids the nodes, as they send {@code node_uuid}
     * @param fromEpochSeconds the first second considered
     * @return one row per node and rollout, nodes in the given order, rollouts in map order
     */
    public static List<NodeTurn> turns(
            Map<String, RolloutSchedule> schedules, List<String> nodeUuids, long fromEpochSeconds) {
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(nodeUuids, "nodeUuids");
        List<NodeTurn> turns = new ArrayList<>();
        for (String uuid : nodeUuids) {
            double wariness = Wariness.fromNodeUuid(uuid);
            schedules.forEach((version, schedule) -> turns.add(NodeTurn.builder()
                    .nodeUuid(uuid)
                    .wariness(wariness)
                    .version(version)
                    .offeredAt(Throttling.offeredFrom(wariness, fromEpochSeconds, schedule))
                    .build()));
        }
        return Collections.unmodifiableList(turns);
    }

    private static List<Long> instants(long from, long to, long step, int rollouts) {
        long steps = Math.floorDiv(to - from, step); // to - from may overflow: checked below
        if (to - from < 0 || steps + 2 > MAX_ROWS / Math.max(1, rollouts)) {
            throw new IllegalArgumentException("the plan from " + from + " to " + to + " every " + step
                    + " s would have more than " + MAX_ROWS + " rows");
        }
        List<Long> instants = new ArrayList<>();
        for (long i = 0; i <= steps; i++) {
            instants.add(from + i * step);
        }
        if (instants.get(instants.size() - 1) != to) {
            instants.add(to);
        }
        return instants;
    }
}
