/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.schema.internal.PrettyJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a {@link GraphDiff} for reviewers, as text or as JSON.
 *
 * <p>Text has one line per difference: {@code + node}, {@code - node}, then {@code ~} lines for each
 * changed aspect (barrier, dead-end, rollout) of a release, then {@code - edge} and {@code + edge}:
 *
 * <pre>
 * + node 41.20250110.3.0 (rollout start_percentage=0)
 * ~ 41.20241109.3.0 dead-end: none -&gt; "https://example.org/issues/3"
 * - edge 41.20241109.3.0 -&gt; 41.20241215.3.0
 * + edge 40.20240602.3.0 -&gt; 41.20250110.3.0
 * </pre>
 */
public final class DiffFormat {
    private static final String NONE = "none";

    private DiffFormat() {}

    /**
     * The diff as text lines.
     *
     * @param diff a diff
     * @return the lines, each ending with a newline; empty when nothing differs
     */
    public static String text(GraphDiff diff) {
        StringBuilder text = new StringBuilder();
        for (AddedOrRemovedNode node : diff.addedNodes()) {
            text.append("+ node ")
                    .append(node.version())
                    .append(stateSuffix(node.state()))
                    .append('\n');
        }
        for (AddedOrRemovedNode node : diff.removedNodes()) {
            text.append("- node ")
                    .append(node.version())
                    .append(stateSuffix(node.state()))
                    .append('\n');
        }
        for (StateChange change : diff.changedNodes()) {
            aspect(text, change, "barrier", state -> state.barrier().map(NodeState::quoted));
            aspect(text, change, "dead-end", state -> state.deadEnd().map(NodeState::quoted));
            aspect(text, change, "rollout", state -> state.rollout().map(RolloutState::describe));
        }
        for (VersionEdge edge : diff.removedEdges()) {
            text.append("- edge ").append(edge.describe()).append('\n');
        }
        for (VersionEdge edge : diff.addedEdges()) {
            text.append("+ edge ").append(edge.describe()).append('\n');
        }
        return text.toString();
    }

    private static String stateSuffix(NodeState state) {
        return state.isPlain() ? "" : " (" + state.describe() + ")";
    }

    private static void aspect(
            StringBuilder text, StateChange change, String name, Function<NodeState, Optional<String>> value) {
        Optional<String> was = value.apply(change.before());
        Optional<String> is = value.apply(change.after());
        if (!was.equals(is)) {
            text.append("~ ")
                    .append(change.version())
                    .append(' ')
                    .append(name)
                    .append(": ")
                    .append(was.orElse(NONE))
                    .append(" -> ")
                    .append(is.orElse(NONE))
                    .append('\n');
        }
    }

    /**
     * The diff as a JSON object {@code {"added_nodes", "removed_nodes", "changed_nodes",
     * "removed_edges", "added_edges"}}. A node state is shaped like an updates entry's metadata:
     * {@code {"barrier": {"reason"}, "deadend": {"reason"}, "rollout": {"start_epoch",
     * "start_percentage", "duration_minutes"}}}, with only what applies; numbers are JSON numbers.
     *
     * @param diff a diff
     * @return the JSON text, indented by two spaces, ending with a newline
     */
    public static String json(GraphDiff diff) {
        ObjectNode root = PrettyJson.object();
        nodes(root.putArray("added_nodes"), diff.addedNodes());
        nodes(root.putArray("removed_nodes"), diff.removedNodes());
        ArrayNode changed = root.putArray("changed_nodes");
        for (StateChange change : diff.changedNodes()) {
            ObjectNode object = changed.addObject();
            object.put("version", change.version());
            state(object.putObject("before"), change.before());
            state(object.putObject("after"), change.after());
        }
        edges(root.putArray("removed_edges"), diff.removedEdges());
        edges(root.putArray("added_edges"), diff.addedEdges());
        return PrettyJson.write(root);
    }

    private static void nodes(ArrayNode array, List<AddedOrRemovedNode> nodes) {
        for (AddedOrRemovedNode node : nodes) {
            ObjectNode object = array.addObject();
            object.put("version", node.version());
            state(object.putObject("state"), node.state());
        }
    }

    private static void edges(ArrayNode array, List<VersionEdge> edges) {
        for (VersionEdge edge : edges) {
            array.addObject().put("from", edge.source()).put("to", edge.target());
        }
    }

    private static void state(ObjectNode object, NodeState state) {
        state.barrier().ifPresent(reason -> object.putObject("barrier").put("reason", reason));
        state.deadEnd().ifPresent(reason -> object.putObject("deadend").put("reason", reason));
        state.rollout().ifPresent(rollout -> {
            ObjectNode parameters = object.putObject("rollout");
            rollout.startEpoch().ifPresent(value -> number(parameters, "start_epoch", value));
            rollout.startPercentage().ifPresent(value -> number(parameters, "start_percentage", value));
            rollout.durationMinutes().ifPresent(value -> number(parameters, "duration_minutes", value));
        });
    }

    /** Metadata numbers are plain decimals (SPEC §2.1); anything else is kept as text. */
    private static void number(ObjectNode object, String key, String value) {
        try {
            object.put(key, new BigDecimal(value));
        } catch (NumberFormatException e) {
            object.put(key, value);
        }
    }
}
