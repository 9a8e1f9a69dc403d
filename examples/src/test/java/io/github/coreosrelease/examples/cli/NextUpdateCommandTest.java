/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextUpdateCommandTest {
    static final String[] X = Samples.X86_64;

    @TempDir
    Path dir;

    String graph;

    @BeforeEach
    void writeTheSampleGraph() throws IOException {
        Path file = dir.resolve("graph.json");
        Files.writeString(file, GraphCommandTest.graphCommand().out);
        graph = file.toString();
    }

    static String update(String version, String payload, int age, String reason) {
        return "{\"update\":{\"version\":\"" + version + "\",\"payload\":\"" + payload + "\",\"age_index\":" + age
                + "},\"reason\":\"" + reason + "\",\"deadend\":null}\n";
    }

    @Test
    void findsTheNextBarrier() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", X[0]);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(update("40.20240504.3.0", X[1], 1, "update found"));
        assertThat(run.err).isEmpty();
    }

    @Test
    void picksTheNewestRollout() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", X[3]);

        assertThat(run.out).isEqualTo(update("41.20241215.3.0", X[7], 7, "update found"));
    }

    @Test
    void skipsDenyListedPayloads() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", X[3], "--deny", X[7]);

        assertThat(run.out).isEqualTo(update("41.20241122.3.0", X[6], 6, "update found"));
    }

    @Test
    void reportsWhenEveryCandidateIsDenyListed() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", X[3], "--deny", X[7], "--deny", X[6]);

        assertThat(run.exitCode).isZero();
        assertThat(run.out)
                .isEqualTo("{\"update\":null,\"reason\":\"all candidate updates are deny-listed\",\"deadend\":null}\n");
    }

    @Test
    void reportsADeadEnd() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", X[5]);

        assertThat(run.exitCode).isZero();
        assertThat(run.out)
                .isEqualTo("{\"update\":null,\"reason\":\"no update available\","
                        + "\"deadend\":{\"reason\":\"https://example.org/issues/3\"}}\n");
    }

    @Test
    void readsTheBootedDeploymentFromRpmOstreeStatus() {
        String status = "{\"deployments\":[{\"booted\":true,\"version\":\"40.20240519.3.0\",\"checksum\":\""
                + "f".repeat(64) + "\",\"base-checksum\":\"" + X[2] + "\"}]}";

        CliRun run = CliRun.withStdin(status, "next-update", "--graph", graph, "--status", "-");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(update("40.20240602.3.0", X[3], 3, "update found"));
    }

    @Test
    void aNodeThatRolledBackIsNotOfferedTheReleaseItCameBackFrom() {
        // Booted X[3] after a rollback from X[7], the newest rollout; X[6] is the next best target.
        String status = "{\"deployments\":["
                + "{\"booted\":true,\"version\":\"40.20240602.3.0\",\"checksum\":\"" + X[3] + "\"},"
                + "{\"booted\":false,\"version\":\"41.20241215.3.0\",\"checksum\":\"" + X[7] + "\"}]}";

        CliRun run = CliRun.withStdin(status, "next-update", "--graph", graph, "--status", "-");
        CliRun withoutStatus = CliRun.run("next-update", "--graph", graph, "--booted", X[3]);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(update("41.20241122.3.0", X[6], 6, "update found"));
        assertThat(withoutStatus.out).isEqualTo(update("41.20241215.3.0", X[7], 7, "update found"));
    }

    @Test
    void acceptsAnyNonEmptyBootedChecksum() {
        String mock = "{\"nodes\":["
                + Samples.node("41.1", 0, "checksum", "sha-mock") + ","
                + Samples.node("41.2", 1, "checksum", "sha-next") + "],\"edges\":[[0,1]]}";

        CliRun run = CliRun.withStdin(mock, "next-update", "--graph", "-", "--booted", "sha-mock");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(update("41.2", "sha-next", 1, "update found"));
    }

    @Test
    void anOciBootedCorpusNodeIsNotInTheChecksumGraph() {
        CliRun run = CliRun.run(
                "next-update",
                "--graph",
                graph,
                "--status",
                Corpus.file("rpm-ostree/rpm-ostree-status.json").toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("{\"update\":null,\"reason\":\"booted deployment not in graph\",\"deadend\":null}\n");
    }

    @Test
    void refusesOrAllowsADowngrade() {
        String downgrade = "{\"nodes\":["
                + Samples.node("41.2", 1, "checksum", X[1]) + ","
                + Samples.node("41.1", 0, "checksum", X[0]) + "],\"edges\":[[0,1]]}";

        CliRun refused = CliRun.withStdin(downgrade, "next-update", "--graph", "-", "--booted", X[1]);
        CliRun allowed =
                CliRun.withStdin(downgrade, "next-update", "--graph", "-", "--booted", X[1], "--allow-downgrade");

        assertThat(refused.out)
                .isEqualTo("{\"update\":null,\"reason\":\"update is a downgrade from 41.2 to 41.1, refused\","
                        + "\"deadend\":null}\n");
        assertThat(allowed.out)
                .isEqualTo(update("41.1", X[0], 0, "update found (downgrade from 41.2 to 41.1, allowed)"));
    }

    @Test
    void aMalformedBootedNodeIsInvalidInput() {
        String graphJson = "{\"nodes\":[{\"version\":\"41.1\",\"payload\":\"" + X[0]
                + "\",\"metadata\":{\"org.fedoraproject.coreos.scheme\":\"checksum\"}}],\"edges\":[]}";

        CliRun run = CliRun.withStdin(graphJson, "next-update", "--graph", "-", "--booted", X[0]);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: node 0 (41.1): age_index missing\n");
    }

    @Test
    void aStatusWithoutBootedDeploymentIsInvalidInput() {
        CliRun run = CliRun.withStdin("{\"deployments\":[]}", "next-update", "--graph", graph, "--status", "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: -: /deployments: expected a deployment with \"booted\": true, found none among 0"
                        + " deployments\n");
    }

    @Test
    void aMalformedStatusNamesTheLocation() {
        CliRun run = CliRun.withStdin(
                "{\"deployments\":[\n{\"booted\":1,\"checksum\":\"x\"}]}",
                "next-update",
                "--graph",
                graph,
                "--status",
                "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err)
                .isEqualTo(
                        "error: -: /deployments/0/booted: expected a boolean, found the number 1 (line 2, column 11)\n");
    }

    @Test
    void aMalformedBootedPayloadIsAUsageError() {
        CliRun run = CliRun.run("next-update", "--graph", graph, "--booted", "quay.io/fedora/fedora-coreos:stable");
        CliRun empty = CliRun.run("next-update", "--graph", graph, "--booted", "");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo(
                        "error: --booted: invalid booted deployment \"quay.io/fedora/fedora-coreos:stable\": expected"
                                + " an OSTree checksum or an image reference with a digest (the image reference has no"
                                + " digest)\n");
        assertThat(empty.exitCode).isEqualTo(2);
        assertThat(empty.err)
                .isEqualTo("error: --booted: invalid booted deployment \"\": expected an OSTree checksum or an image"
                        + " reference with a digest (it is empty)\n");
    }

    @Test
    void needsExactlyOneBootedSource() {
        CliRun none = CliRun.run("next-update", "--graph", graph);
        CliRun both = CliRun.run("next-update", "--graph", graph, "--booted", X[0], "--status", "s.json");

        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err)
                .isEqualTo("error: Error: Missing required argument (specify one of these):"
                        + " (--booted=CHECKSUM_OR_PULLSPEC | --status=SRC)\n"
                        + "Try 'coreos-release next-update --help' for usage.\n");
        assertThat(both.exitCode).isEqualTo(2);
        assertThat(both.err)
                .isEqualTo("error: Error: --booted=CHECKSUM_OR_PULLSPEC, --status=SRC are mutually exclusive"
                        + " (specify only one)\n"
                        + "Try 'coreos-release next-update --help' for usage.\n");
    }
}
