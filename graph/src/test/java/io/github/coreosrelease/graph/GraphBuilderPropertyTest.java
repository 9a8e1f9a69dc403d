/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random release indexes and updates documents (seeded, so every failure replays): the builder
 * agrees with a literal transcription of the specification and keeps the guarantees of SPEC §2.2,
 * and the graph the policy serves from it keeps only edges the builder made.
 */
class GraphBuilderPropertyTest {
    private static final int CASES = 500;
    private static final List<String> ARCHITECTURES = List.of("x86_64", "aarch64", "s390x", "");
    private static final List<String> SHARES = List.of("0", "0.0", "-0.0", "1", "1.0", "0.25", "0.3", "0.5");
    private static final List<BigInteger> DURATIONS =
            List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(2880), new BigInteger("18446744073709551615"));

    @Test
    void builderAgreesWithTheSpecificationAndKeepsItsGuarantees() {
        int edgesSeen = 0;
        int rollingBarriersSeen = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            ReleaseIndex index = randomIndex(random);
            Updates updates = randomUpdates(random, index);
            GraphSet all = GraphBuilder.buildAll(index, updates, "stable");
            for (String arch : List.of("x86_64", "aarch64", "s390x", "riscv64")) {
                for (boolean oci : List.of(false, true)) {
                    Scope scope = Scope.of("stable", arch, oci);
                    String description = "seed " + seed + ", " + scope;
                    CincinnatiGraph graph = GraphBuilder.build(index, updates, scope);

                    assertThat(graph).as(description).isEqualTo(NaiveGraphBuilder.build(index, updates, scope));
                    GraphInvariants.check(graph, description);
                    // What a client is served is the built graph minus some edges.
                    double wariness = random.nextDouble();
                    long now = 1_700_000_000L + random.nextInt(2000) - 1000;
                    CincinnatiGraph served = GraphPolicy.apply(graph, wariness, now);
                    assertThat(served.nodes()).as(description).isEqualTo(graph.nodes());
                    assertThat(graph.edges())
                            .as("%s: served at wariness %s, %d", description, wariness, now)
                            .containsAll(served.edges());
                    GraphInvariants.check(served, description + ", served");
                    if (all.architectures().contains(arch)) {
                        assertThat(all.graph(arch, oci)).as(description).hasValue(graph);
                    } else {
                        assertThat(graph.nodes()).as(description).isEmpty();
                        assertThat(all.graph(arch, oci)).as(description).isEmpty();
                    }
                    edgesSeen += graph.edges().size();
                    rollingBarriersSeen += (int) graph.nodes().stream()
                            .filter(n -> NodeMetadata.isBarrier(n) && NodeMetadata.isRollout(n))
                            .count();
                }
            }
        }
        // The generator must exercise the rules, not produce empty graphs.
        assertThat(edgesSeen).isGreaterThan(4_000);
        assertThat(rollingBarriersSeen).as("rolling barriers").isGreaterThan(1_000);
    }

    private static ReleaseIndex randomIndex(Random random) {
        int count = random.nextInt(26);
        List<IndexRelease> releases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String version = i > 0 && random.nextInt(10) == 0
                    ? releases.get(random.nextInt(i)).version()
                    : "r" + i;
            IndexRelease.Builder release =
                    IndexRelease.builder().version(version).metadata("u");
            int commitsShape = random.nextInt(10);
            if (commitsShape >= 2) {
                release.commits(commits(random, i, commitsShape == 2 ? 0 : 1 + random.nextInt(4)));
            }
            int imagesShape = random.nextInt(10);
            if (imagesShape >= 4) {
                release.ociImages(images(random, i, imagesShape == 4 ? 0 : 1 + random.nextInt(4)));
            }
            releases.add(release.build());
        }
        return ReleaseIndex.builder().releases(releases).build();
    }

    private static List<IndexCommit> commits(Random random, int release, int count) {
        List<IndexCommit> commits = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            commits.add(IndexCommit.builder()
                    .architecture(pick(random, ARCHITECTURES))
                    .checksum(random.nextInt(5) == 0 ? "" : "c" + release + "-" + j)
                    .build());
        }
        return commits;
    }

    private static List<IndexOciImage> images(Random random, int release, int count) {
        List<IndexOciImage> images = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            images.add(IndexOciImage.builder()
                    .architecture(pick(random, ARCHITECTURES))
                    .image("q/f:stable")
                    .digestRef(random.nextInt(5) == 0 ? "" : "q/f@sha256:" + release + "-" + j)
                    .build());
        }
        return images;
    }

    private static Updates randomUpdates(Random random, ReleaseIndex index) {
        int count = random.nextInt(2 * index.releases().size() + 3);
        List<UpdateRelease> entries = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String version = index.releases().isEmpty() || random.nextInt(7) == 0
                    ? "unknown" + k
                    : index.releases()
                            .get(random.nextInt(index.releases().size()))
                            .version();
            UpdateMetadata.Builder metadata = UpdateMetadata.builder();
            if (random.nextInt(10) < 3) {
                metadata.barrier(randomReason(random, k));
            }
            if (random.nextInt(10) < 1) {
                metadata.deadend(randomReason(random, k));
            }
            if (random.nextInt(10) < 4) {
                metadata.rollout(randomRollout(random));
            }
            entries.add(UpdateRelease.builder()
                    .version(version)
                    .metadata(metadata.build())
                    .build());
        }
        return Updates.builder().stream("stable").releases(entries).build();
    }

    private static Reason randomReason(Random random, int k) {
        return Reason.builder()
                .reason(random.nextInt(3) == 0 ? "" : "https://example.org/" + k)
                .build();
    }

    private static Rollout randomRollout(Random random) {
        Rollout.Builder rollout = Rollout.builder();
        if (random.nextBoolean()) {
            rollout.startEpoch(random.nextBoolean() ? random.nextLong() : 1_700_000_000L + random.nextInt(1000));
        }
        if (random.nextBoolean()) {
            rollout.startPercentage(JsonDecimal.parse(pick(random, SHARES)));
        }
        if (random.nextBoolean()) {
            rollout.durationMinutes(pick(random, DURATIONS));
        }
        return rollout.build();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
