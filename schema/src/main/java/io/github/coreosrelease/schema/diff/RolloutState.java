/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rollout parameters of a graph node, as the node metadata writes them (SPEC §2.1), named as in
 * the updates document.
 */
@Value.Immutable
@ModelStyle
public interface RolloutState {
    /**
     * When the rollout starts ({@code start_epoch}).
     *
     * @return seconds since the epoch, in decimal, or empty when not given
     */
    Optional<String> startEpoch();

    /**
     * The share of the fleet at the start ({@code start_percentage}).
     *
     * @return a decimal number, or empty when not given
     */
    Optional<String> startPercentage();

    /**
     * How long the rollout lasts ({@code duration_minutes}).
     *
     * @return minutes in decimal, or empty when not given
     */
    Optional<String> durationMinutes();

    /**
     * The parameters as {@code key=value} pairs; a start epoch also as a UTC date.
     *
     * @return e.g. {@code start_epoch=1732700000 (2024-11-27T09:33:20Z) start_percentage=0
     *     duration_minutes=2880}, or {@code (no parameters)}
     */
    default String describe() {
        List<String> parts = new ArrayList<>();
        startEpoch().ifPresent(epoch -> parts.add("start_epoch=" + epoch + date(epoch)));
        startPercentage().ifPresent(share -> parts.add("start_percentage=" + share));
        durationMinutes().ifPresent(minutes -> parts.add("duration_minutes=" + minutes));
        return parts.isEmpty() ? "(no parameters)" : String.join(" ", parts);
    }

    private static String date(String epoch) {
        try {
            return " (" + Instant.ofEpochSecond(Long.parseLong(epoch)) + ")";
        } catch (NumberFormatException | DateTimeException e) {
            return "";
        }
    }

    /**
     * The rollout of a node.
     *
     * @param node a graph node
     * @return its rollout, or empty when it is not a rollout
     */
    static Optional<RolloutState> of(GraphNode node) {
        if (!NodeMetadata.isRollout(node)) {
            return Optional.empty();
        }
        return Optional.of(builder()
                .startEpoch(Optional.ofNullable(node.metadata().get(NodeMetadata.START_EPOCH)))
                .startPercentage(Optional.ofNullable(node.metadata().get(NodeMetadata.START_VALUE)))
                .durationMinutes(Optional.ofNullable(node.metadata().get(NodeMetadata.DURATION_MINUTES)))
                .build());
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RolloutState} values. */
    final class Builder extends ImmutableRolloutState.Builder {
        /** Creates an empty builder, as {@link RolloutState#builder()} does. */
        public Builder() {}
    }
}
