/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    /** 2024-12-17T01:46:40Z, two days into the sample's newest rollout. */
    static final String NOW = "1734400000";

    /** The sample updates with a dead-end without reason, a rollout in milliseconds, 100 %, and a typo. */
    static final String FLAWED_UPDATES = """
            {
              "stream": "sample",
              "metadata": {"last-modified": "2024-12-15T10:00:00Z"},
              "releases": [
                {"version": "40.20240504.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/1"}}},
                {"version": "40.20240602.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/2"},
                                                            "rollout": {"start_percentage": 1.0}}},
                {"version": "41.20241109.3.0", "metadata": {"deadend": {"reason": ""}}},
                {"version": "41.20241122.3.0", "metadata": {"rollout": {"start_epoch": 1732700000000,
                                                            "start_percentage": 0.0, "duration_minutes": 2880}}},
                {"version": "41.20241215.3.0", "metadata": {"rollout": {"start_epoch": 1734300000,
                                                            "start_percentage": 100, "duration_minutes": 4320}}},
                {"version": "41.20241299.3.0", "metadata": {"barrier": {"reason": "typo"}}}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theSamplesAreClean() {
        CliRun run = CliRun.run("lint", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--now", NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
    }

    @Test
    void everyFindingIsOneLineAndAnErrorExitsWithOne() throws IOException {
        String updates = Samples.write(dir, "updates.json", FLAWED_UPDATES);

        CliRun run = CliRun.run(
                "lint", "--releases", Samples.RELEASES, "--updates", updates, "--basearch", "x86_64", "--now", NOW);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out)
                .isEqualTo("warning rollout-far-future " + updates + "#/releases/3/metadata/rollout/start_epoch:"
                        + " rollout starts at 1732700000000 (+56877-01-28T03:33:20Z), more than 365 days after now"
                        + " (2024-12-17T01:46:40Z); start_epoch is in seconds, not milliseconds\n"
                        + "error start-percentage-range " + updates + "#/releases/4/metadata/rollout/start_percentage:"
                        + " start_percentage is 100, expected a fraction from 0 to 1 (0.5 offers the release to half"
                        + " the fleet)\n"
                        + "error unknown-update-version " + updates + "#/releases/5/version: version 41.20241299.3.0"
                        + " is not in the release index, so this entry has no effect\n"
                        + "warning deadend-without-reason x86_64/checksum@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n"
                        + "warning deadend-without-reason x86_64/oci@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void warningsAloneExitWithZeroAndEveryArchitectureIsChecked() throws IOException {
        String updates = Samples.write(
                dir,
                "updates.json",
                FLAWED_UPDATES
                        .replace("1732700000000", "1732700000")
                        .replace("\"start_percentage\": 100", "\"start_percentage\": 1")
                        .replace("41.20241299.3.0", "41.20241215.3.0"));

        CliRun run = CliRun.run("lint", "--releases", Samples.RELEASES, "--updates", updates, "--now", NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("warning duplicate-update-entry " + updates + "#/releases/5/version: version"
                        + " 41.20241215.3.0 has another entry at /releases/4; the graph builder merges them, later"
                        + " keys winning\n"
                        + "warning deadend-without-reason aarch64/checksum@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n"
                        + "warning deadend-without-reason aarch64/oci@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n"
                        + "warning deadend-without-reason x86_64/checksum@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n"
                        + "warning deadend-without-reason x86_64/oci@41.20241109.3.0: dead-end 41.20241109.3.0"
                        + " gives no reason (\"generic\"); say why nodes stay there, usually with a tracker link\n");
    }

    @Test
    void jsonFindings() throws IOException {
        String updates = Samples.write(
                dir,
                "updates.json",
                FLAWED_UPDATES
                        .replace("1732700000000", "1732700000")
                        .replace("\"start_percentage\": 100", "\"start_percentage\": 1")
                        .replace("\"reason\": \"\"", "\"reason\": \"https://example.org/issues/3\""));

        CliRun run = CliRun.run(
                "lint", "--releases", Samples.RELEASES, "--updates", updates, "--now", NOW, "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out).isEqualTo("""
                        [
                          {
                            "rule": "unknown-update-version",
                            "severity": "error",
                            "location": {
                              "document": "%s",
                              "pointer": "/releases/5/version"
                            },
                            "message": "version 41.20241299.3.0 is not in the release index, so this entry has no effect"
                          }
                        ]
                        """.formatted(updates));
    }

    @Test
    void nowComesFromTheClockUnlessGiven() throws IOException {
        String updates = Samples.write(dir, "updates.json", """
                {"stream": "sample", "releases": [
                  {"version": "41.20241215.3.0", "metadata": {"rollout": {"start_epoch": 1734300000}}}
                ]}
                """);
        Clock longBefore = Clock.fixed(Instant.ofEpochSecond(1734300000L - 366L * 24 * 3600), ZoneOffset.UTC);
        String[] args = {"lint", "--releases", Samples.RELEASES, "--updates", updates, "--basearch", "aarch64"};

        CliRun early = CliRun.at(longBefore, args);
        CliRun later = CliRun.at(Clock.fixed(Instant.ofEpochSecond(1734300000L), ZoneOffset.UTC), args);

        assertThat(early.exitCode).as(early.toString()).isZero();
        assertThat(early.out)
                .isEqualTo("warning rollout-far-future " + updates + "#/releases/0/metadata/rollout/start_epoch:"
                        + " rollout starts at 1734300000 (2024-12-15T22:00:00Z), more than 365 days after now"
                        + " (2023-12-15T22:00:00Z); start_epoch is in seconds, not milliseconds\n");
        assertThat(later.exitCode).as(later.toString()).isZero();
        assertThat(later.out).isEmpty();
    }

    @Test
    void badArgumentsAndInputs() {
        CliRun format =
                CliRun.run("lint", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--format", "yaml");
        CliRun arch = CliRun.run(
                "lint", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--basearch", "riscv64");
        CliRun now = CliRun.run(
                "lint", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--now", "9223372036854775807");
        CliRun missing = CliRun.run("lint", "--releases", "/nonexistent/releases.json", "--updates", Samples.UPDATES);

        assertThat(format.exitCode).isEqualTo(2);
        assertThat(format.err).isEqualTo("error: --format must be text or json, got 'yaml'\n");
        assertThat(arch.exitCode).isEqualTo(1);
        assertThat(arch.err)
                .isEqualTo("error: unknown basearch \"riscv64\": known are aarch64, ppc64le, s390x, x86_64\n");
        assertThat(now.exitCode).isEqualTo(2);
        assertThat(now.err)
                .isEqualTo(
                        "error: --now: invalid current time \"9223372036854775807\": expected seconds since the epoch"
                                + " from -31557014167219200 to 31556889864403199\n");
        assertThat(missing.exitCode).isEqualTo(1);
        assertThat(missing.err).isEqualTo("error: /nonexistent/releases.json: no such file\n");
    }
}
