/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SPEC §2.1 and §2.2 transcribed literally, without any care for speed: the updates are scanned
 * per release, the two edge rules run as written, dead-end edges are removed, then sorted. The
 * test oracle for {@link GraphBuilder}.
 */
final class NaiveGraphBuilder {
    /** The start_percentage texts the tests use, with their expected plain-decimal form. */
    private static final Map<String, String> START_VALUES = Map.of(
            "0", "0", "0.0", "0", "1", "1", "1.0", "1", "0.25", "0.25", "0.3", "0.3", "0.5", "0.5", "100", "100",
            "-0.0", "-0");

    private NaiveGraphBuilder() {}

    static CincinnatiGraph build(ReleaseIndex index, Updates updates, Scope scope) {
        List<GraphNode> nodes = new ArrayList<>();
        List<IndexRelease> releases = index.releases();
        for (int i = 0; i < releases.size(); i++) {
            IndexRelease release = releases.get(i);
            String payload = null;
            if (!scope.oci()) {
                if (release.commits().isEmpty() || release.commits().get().isEmpty()) {
                    continue;
                }
                for (IndexCommit commit : release.commits().get()) {
                    if (commit.architecture().equals(scope.basearch())
                            && !commit.checksum().isEmpty()) {
                        payload = commit.checksum();
                    }
                }
            } else {
                if (release.ociImages().isEmpty()) {
                    continue;
                }
                for (IndexOciImage image : release.ociImages().get()) {
                    if (image.architecture().equals(scope.basearch())
                            && !image.digestRef().isEmpty()) {
                        payload = image.digestRef();
                    }
                }
            }
            if (payload == null) {
                continue;
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(NodeMetadata.AGE_INDEX, Integer.toString(i));
            metadata.put(NodeMetadata.SCHEME, scope.oci() ? "oci" : "checksum");
            for (UpdateRelease entry : updates.releases()) {
                if (!entry.version().equals(release.version())) {
                    continue;
                }
                entry.metadata().deadend().ifPresent(r -> {
                    metadata.put(NodeMetadata.DEADEND, "true");
                    metadata.put(NodeMetadata.DEADEND_REASON, reason(r));
                });
                entry.metadata().barrier().ifPresent(r -> {
                    metadata.put(NodeMetadata.BARRIER, "true");
                    metadata.put(NodeMetadata.BARRIER_REASON, reason(r));
                });
                entry.metadata().rollout().ifPresent(rollout -> {
                    metadata.put(NodeMetadata.ROLLOUT, "true");
                    rollout.startEpoch().ifPresent(v -> metadata.put(NodeMetadata.START_EPOCH, v.toString()));
                    rollout.startPercentage().ifPresent(v -> metadata.put(NodeMetadata.START_VALUE, startValue(v)));
                    rollout.durationMinutes().ifPresent(v -> metadata.put(NodeMetadata.DURATION_MINUTES, v.toString()));
                });
            }
            nodes.add(GraphNode.builder()
                    .version(release.version())
                    .payload(payload)
                    .metadata(metadata)
                    .build());
        }

        TreeSet<Integer> rollouts = new TreeSet<>();
        TreeSet<Integer> barriers = new TreeSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).metadata().containsKey(NodeMetadata.ROLLOUT)) {
                rollouts.add(i);
            }
            if (nodes.get(i).metadata().containsKey(NodeMetadata.BARRIER)) {
                barriers.add(i);
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (int r : rollouts) {
            Integer previous = barriers.lower(r);
            for (int s = previous == null ? 0 : previous; s < r; s++) {
                edges.add(GraphEdge.of(s, r));
            }
        }
        int start = 0;
        for (int b : barriers) {
            if (!rollouts.contains(b)) {
                for (int s = start; s < b; s++) {
                    edges.add(GraphEdge.of(s, b));
                }
            }
            start = b;
        }
        edges.removeIf(e -> "true".equals(nodes.get(e.source()).metadata().get(NodeMetadata.DEADEND)));
        edges.sort(null);
        return CincinnatiGraph.builder().nodes(nodes).edges(edges).build();
    }

    private static String reason(Reason reason) {
        return reason.reason().isEmpty() ? "generic" : reason.reason();
    }

    private static String startValue(JsonDecimal value) {
        String text = START_VALUES.get(value.toString());
        if (text == null) {
            throw new AssertionError("no expected text for start_percentage " + value + " in the test oracle");
        }
        return text;
    }
}
