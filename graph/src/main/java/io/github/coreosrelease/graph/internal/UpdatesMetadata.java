/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The node metadata that an updates document gives each version (SPEC §2.1), folded in one pass so
 * that the graph builder looks each release up instead of scanning the entries per release.
 */
public final class UpdatesMetadata {
    private UpdatesMetadata() {}

    /**
     * Folds a document: its entries in file order, a later entry of a version overwriting the keys
     * it sets and leaving the others.
     *
     * @param updates the updates document
     * @return metadata keys and values by version, each in the order the keys were first set
     * @throws GraphException if a {@code start_percentage} is beyond the range of a 64-bit float,
     *     which the reference cannot read either; checked for every entry, known version or not
     */
    public static Map<String, Map<String, String>> byVersion(Updates updates) {
        Map<String, Map<String, String>> byVersion = new HashMap<>();
        // Rollout shares repeat from entry to entry (0, 0.1, ...), and their shortest decimal form
        // is the costly part of the fold: each distinct written number is converted once.
        Map<JsonDecimal, String> shares = new HashMap<>();
        for (UpdateRelease entry : updates.releases()) {
            Map<String, String> metadata = byVersion.computeIfAbsent(entry.version(), v -> new LinkedHashMap<>());
            apply(entry.version(), entry.metadata(), metadata, shares);
        }
        return byVersion;
    }

    private static void apply(
            String version, UpdateMetadata source, Map<String, String> target, Map<JsonDecimal, String> shares) {
        source.deadend().ifPresent(deadEnd -> {
            target.put(NodeMetadata.DEADEND, NodeMetadata.TRUE);
            target.put(NodeMetadata.DEADEND_REASON, reasonText(deadEnd));
        });
        source.barrier().ifPresent(barrier -> {
            target.put(NodeMetadata.BARRIER, NodeMetadata.TRUE);
            target.put(NodeMetadata.BARRIER_REASON, reasonText(barrier));
        });
        source.rollout().ifPresent(rollout -> applyRollout(version, rollout, target, shares));
    }

    private static void applyRollout(
            String version, Rollout rollout, Map<String, String> target, Map<JsonDecimal, String> shares) {
        target.put(NodeMetadata.ROLLOUT, NodeMetadata.TRUE);
        rollout.startEpoch().ifPresent(epoch -> target.put(NodeMetadata.START_EPOCH, MetadataNumbers.format(epoch)));
        rollout.startPercentage().ifPresent(share -> {
            String text = shares.get(share);
            if (text == null) {
                text = MetadataNumbers.format(toDouble(version, share));
                shares.put(share, text);
            }
            target.put(NodeMetadata.START_VALUE, text);
        });
        rollout.durationMinutes()
                .ifPresent(minutes -> target.put(NodeMetadata.DURATION_MINUTES, MetadataNumbers.format(minutes)));
    }

    private static String reasonText(Reason reason) {
        return reason.reason().isEmpty() ? NodeMetadata.GENERIC_REASON : reason.reason();
    }

    /** The 64-bit float nearest to the written number, as the reference reads it, -0.0 included. */
    private static double toDouble(String version, JsonDecimal share) {
        double value = share.doubleValue();
        if (Double.isInfinite(value)) {
            throw new GraphException("updates entry for version " + version + ": start_percentage " + share
                    + " is beyond the range of a 64-bit float; expected a share between 0 and 1");
        }
        return value;
    }
}
