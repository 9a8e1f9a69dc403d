/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} on the sample stream, at the instant the newest rollout starts and when it reaches 0.5. */
class ExplainCommandTest {
    private static final String REPO = "quay.io/example/fedora-coreos@sha256:";
    private static final String BAD = REPO + "badbadbadbad0000000000000000000000000000000000000000000000000001";
    private static final String NOVEMBER = REPO + "287a321c1c22ba03d1a57b90535c566da7ccd9a7e303afd1b216f0066d1f5da8";

    private static CliRun explain(String booted, String now, String... more) {
        String[] base = {
            "explain",
            "--releases",
            Samples.RELEASES,
            "--updates",
            Samples.UPDATES,
            "--basearch",
            "x86_64",
            "--booted",
            booted,
            "--wariness",
            "0.5",
            "--now",
            now
        };
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.run(args);
    }

    @Test
    void theBadPayloadFindsItsAliasAndItsUpdate() {
        CliRun run = explain(BAD, "1734300000", "--payload-aliases", Samples.resource("payload-aliases.json"));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("graph: stream sample, x86_64, OCI\n"
                        + "at: 1734300000 (2024-12-15T22:00:00Z), wariness 0.5\n"
                        + "booted: 41.20241027.3.0 " + BAD + " (payload alias of " + REPO
                        + "3b99d19f1710bb4853df8618d7fafb778c74d4817f10a78a41ea7a2507cecf79)\n"
                        + "newest: 41.20241215.3.0\n"
                        + "candidates:\n"
                        + "  41.20241122.3.0 offered\n"
                        + "  41.20241215.3.0 throttled, offered from 1734386400 (2024-12-16T22:00:00Z)\n"
                        + "update: 41.20241122.3.0 (update found)\n");
    }

    @Test
    void aThrottledRolloutIsOfferedFromTheSecondItsTurnComes() {
        String json = "{\"update\":%s,\"reason\":\"%s\",\"candidates\":[{\"version\":\"41.20241215.3.0\","
                + "\"payload\":\"" + REPO + "b6d1f66a94aa75930087bbafeef2180cb78a173b9d80476bad6752700d6b925f\","
                + "\"state\":\"%s\",\"offered_at\":%s}],\"stream\":\"sample\",\"basearch\":\"x86_64\",\"oci\":true,"
                + "\"now\":%s,\"wariness\":0.5,\"booted\":{\"payload\":\"" + NOVEMBER + "\",\"in_graph\":true,"
                + "\"version\":\"41.20241122.3.0\",\"alias_of\":null},\"near_matches\":[],\"deadend\":null,"
                + "\"barrier\":null,\"newest\":\"41.20241215.3.0\"}\n";

        assertThat(explain(NOVEMBER, "1734300000", "--format", "json").out)
                .isEqualTo(json.formatted("null", "no update available", "throttled", "1734386400", "1734300000"));
        assertThat(explain(NOVEMBER, "1734386399", "--format", "json").out)
                .isEqualTo(json.formatted("null", "no update available", "throttled", "1734386400", "1734386399"));
        assertThat(explain(NOVEMBER, "1734386400", "--format", "json").out)
                .isEqualTo(json.formatted("\"41.20241215.3.0\"", "update found", "offered", "null", "1734386400"));
    }

    @Test
    void aDeadEndReasonWithALineBreakStaysOnItsLine(@TempDir Path dir) throws IOException {
        Path updates = dir.resolve("updates.json");
        Files.writeString(
                updates,
                "{\"stream\": \"sample\", \"metadata\": {\"last-modified\": \"2024-12-15T10:00:00Z\"}, \"releases\":"
                        + " [{\"version\": \"41.20241109.3.0\", \"metadata\": {\"deadend\": {\"reason\":"
                        + " \"see\\nhttps://example.org/issues/3\\u001b[2J\"}}}]}");

        CliRun run = CliRun.run(
                "explain",
                "--releases",
                Samples.RELEASES,
                "--updates",
                updates.toString(),
                "--basearch",
                "x86_64",
                "--booted",
                "7679471a1d47ec4b6f598505b0dbd8b41378db62b958bbd8d249bf3f79d25eb0",
                "--wariness",
                "0.5",
                "--now",
                "1734300000");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.lines())
                .filteredOn(line -> line.startsWith("dead-end: "))
                .containsExactly("dead-end: see\\nhttps://example.org/issues/3\\u001b[2J");
    }
}
