/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for release indexes, updates documents and expected graphs. */
public final class Fixtures {
    public static final String AGE = NodeMetadata.AGE_INDEX;
    public static final String SCHEME = NodeMetadata.SCHEME;
    public static final String BARRIER = NodeMetadata.BARRIER;
    public static final String BARRIER_REASON = NodeMetadata.BARRIER_REASON;
    public static final String DEADEND = NodeMetadata.DEADEND;
    public static final String DEADEND_REASON = NodeMetadata.DEADEND_REASON;
    public static final String ROLLOUT = NodeMetadata.ROLLOUT;
    public static final String START_EPOCH = NodeMetadata.START_EPOCH;
    public static final String START_VALUE = NodeMetadata.START_VALUE;
    public static final String DURATION = NodeMetadata.DURATION_MINUTES;

    private Fixtures() {}

    public static IndexCommit commit(String architecture, String checksum) {
        return IndexCommit.builder()
                .architecture(architecture)
                .checksum(checksum)
                .build();
    }

    public static IndexOciImage oci(String architecture, String digestRef) {
        return IndexOciImage.builder()
                .architecture(architecture)
                .image("quay.io/fedora/fedora-coreos:stable")
                .digestRef(digestRef)
                .build();
    }

    /** A release with the given commits and no oci-images field. */
    public static IndexRelease release(String version, IndexCommit... commits) {
        return IndexRelease.builder()
                .version(version)
                .metadata("https://example.org/" + version + "/release.json")
                .commits(List.of(commits))
                .build();
    }

    /** A release with the given OCI images and no commits field. */
    public static IndexRelease ociRelease(String version, IndexOciImage... images) {
        return IndexRelease.builder()
                .version(version)
                .metadata("https://example.org/" + version + "/release.json")
                .ociImages(List.of(images))
                .build();
    }

    /** A release with both fields. */
    public static IndexRelease release(String version, List<IndexCommit> commits, List<IndexOciImage> images) {
        return IndexRelease.builder()
                .version(version)
                .metadata("https://example.org/" + version + "/release.json")
                .commits(commits)
                .ociImages(images)
                .build();
    }

    /** An index of x86_64 releases with the given versions, checksum "c" + version. */
    public static ReleaseIndex x86Index(String... versions) {
        List<IndexRelease> releases = new ArrayList<>();
        for (String version : versions) {
            releases.add(release(version, commit("x86_64", "c" + version)));
        }
        return ReleaseIndex.builder().releases(releases).build();
    }

    public static ReleaseIndex index(IndexRelease... releases) {
        return ReleaseIndex.builder().releases(Arrays.asList(releases)).build();
    }

    public static Updates updates(UpdateRelease... entries) {
        return Updates.builder().stream("stable")
                .releases(Arrays.asList(entries))
                .build();
    }

    public static UpdateRelease entry(String version, UpdateMetadata metadata) {
        return UpdateRelease.builder().version(version).metadata(metadata).build();
    }

    public static UpdateRelease barrier(String version, String reason) {
        return entry(version, UpdateMetadata.builder().barrier(reason(reason)).build());
    }

    public static UpdateRelease deadEnd(String version, String reason) {
        return entry(version, UpdateMetadata.builder().deadend(reason(reason)).build());
    }

    public static UpdateRelease rollout(String version) {
        return entry(
                version,
                UpdateMetadata.builder().rollout(Rollout.builder().build()).build());
    }

    public static Reason reason(String text) {
        return Reason.builder().reason(text).build();
    }

    public static ReleaseIndex readIndex(String json) {
        return DocumentReader.standard().read(DocumentType.RELEASE_INDEX, json.getBytes(StandardCharsets.UTF_8));
    }

    public static Updates readUpdates(String json) {
        return DocumentReader.standard().read(DocumentType.UPDATES, json.getBytes(StandardCharsets.UTF_8));
    }

    /** An expected node: version, payload, then metadata keys and values in order. */
    public static GraphNode node(String version, String payload, String... keysAndValues) {
        GraphNode.Builder node = GraphNode.builder().version(version).payload(payload);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.putMetadata(keysAndValues[i], keysAndValues[i + 1]);
        }
        return node.build();
    }

    /** Edges from pairs of positions: edges(0, 1, 2, 3) is [0,1], [2,3]. */
    public static List<GraphEdge> edges(int... pairs) {
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            edges.add(GraphEdge.of(pairs[i], pairs[i + 1]));
        }
        return edges;
    }

    /** Asserts the whole graph, including the order of every node's metadata keys. */
    public static void assertGraph(CincinnatiGraph actual, List<GraphNode> nodes, List<GraphEdge> edges) {
        assertThat(actual.nodes()).isEqualTo(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            assertThat(List.copyOf(actual.nodes().get(i).metadata().entrySet()))
                    .as("metadata order of node %d", i)
                    .isEqualTo(List.copyOf(nodes.get(i).metadata().entrySet()));
        }
        assertThat(actual.edges()).isEqualTo(edges);
        assertThat(actual.extraFields()).isEmpty();
    }
}
