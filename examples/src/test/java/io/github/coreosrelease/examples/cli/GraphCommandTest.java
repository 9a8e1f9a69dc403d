/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphCommandTest {
    static final String ALL_EDGES = "[[0,1],[1,3],[2,3],[3,6],[3,7],[4,6],[4,7],[6,7]]";

    /** Halfway through the rollout of node 6 (throttling 0.5); node 7 has not started. */
    static final String HALFWAY_6 = "1732786400";

    static String graph(String edges) {
        return Samples.X86_64_NODES + "\"edges\":" + edges + "}\n";
    }

    static CliRun graphCommand(String... extra) {
        return graphFor("x86_64", extra);
    }

    static CliRun graphFor(String basearch, String... extra) {
        String[] base = {"graph", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--basearch", basearch};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void printsTheBuiltGraphWithoutThrottling() {
        CliRun run = graphCommand();

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(graph(ALL_EDGES));
        assertThat(run.err).isEmpty();
    }

    @Test
    void maxEdgesBoundsEveryGraphOfTheStream() {
        CliRun exact = graphCommand("--max-edges", "8");
        CliRun below = graphCommand("--max-edges", "7");
        CliRun negative = graphCommand("--max-edges", "-1");

        assertThat(exact.exitCode).as(exact.toString()).isZero();
        assertThat(exact.out).isEqualTo(graph(ALL_EDGES));
        assertThat(below.exitCode).as(below.toString()).isEqualTo(1);
        assertThat(below.out).isEmpty();
        assertThat(below.err)
                .isEqualTo("error: the checksum graph of aarch64 would have more than 7 edges, the most a graph may"
                        + " have (each rollout and barrier gets an edge from every release since the previous"
                        + " barrier)\n");
        assertThat(negative.exitCode).as(negative.toString()).isEqualTo(2);
        assertThat(negative.err)
                .startsWith("error: --max-edges: invalid max edges \"-1\": expected a number of edges from 0 to"
                        + " 2147483647\n");
    }

    @ParameterizedTest(name = "now={0} {1}={2}")
    @CsvSource({
        // Before any rollout starts only a canary sees them; rollout 3 starts at 100 %.
        "1, --wariness, 0, '[[0,1],[1,3],[2,3],[3,6],[3,7],[4,6],[4,7],[6,7]]'",
        "1, --wariness, 0.1, '[[0,1],[1,3],[2,3]]'",
        "1732786400, --wariness, 0.4, '[[0,1],[1,3],[2,3],[3,6],[4,6]]'",
        "1732786400, --wariness, 0.6, '[[0,1],[1,3],[2,3]]'",
        // Rollout 6 complete, rollout 7 at 0.625; a wariness above 1 is clamped to 1.
        "1734429600, --wariness, 2, '[[0,1],[1,3],[2,3],[3,6],[4,6]]'",
        "1734429600, --wariness, 0.625, '[[0,1],[1,3],[2,3],[3,6],[3,7],[4,6],[4,7],[6,7]]'",
        // This UUID's wariness is 0.6533234000651716.
        "1732786400, --node-uuid, e0f3745b108f471cbd4883c6fbed8cdd, '[[0,1],[1,3],[2,3]]'",
        "1732872801, --node-uuid, e0f3745b108f471cbd4883c6fbed8cdd, '[[0,1],[1,3],[2,3],[3,6],[4,6]]'",
    })
    void appliesTheServingPolicyAtAGivenTime(String now, String option, String value, String edges) {
        CliRun run = graphCommand(option, value, "--now", now);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(graph(edges));
        assertThat(run.err).isEmpty();
    }

    @Test
    void takesTheTimeFromTheClockByDefault() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(HALFWAY_6)), ZoneOffset.UTC);

        CliRun run = CliRun.at(
                clock,
                "graph",
                "--releases",
                Samples.RELEASES,
                "--updates",
                Samples.UPDATES,
                "--basearch",
                "x86_64",
                "--wariness",
                "0.4");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(graph("[[0,1],[1,3],[2,3],[3,6],[4,6]]"));
    }

    @Test
    void printsTheOciGraph() {
        CliRun run = graphCommand("--oci");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("{\"nodes\":["
                        + Samples.node(
                                "41.20241027.3.0",
                                4,
                                "oci",
                                "quay.io/example/fedora-coreos@sha256:"
                                        + "3b99d19f1710bb4853df8618d7fafb778c74d4817f10a78a41ea7a2507cecf79")
                        + ","
                        + Samples.node(
                                "41.20241109.3.0",
                                5,
                                "oci",
                                "quay.io/example/fedora-coreos@sha256:"
                                        + "3f66e15a0c1f98eab1ce68437404a76c5828fdd91adf1009ba3d2b11ab631e69",
                                "updates.deadend",
                                "true",
                                "updates.deadend_reason",
                                "https://example.org/issues/3")
                        + ","
                        + Samples.node(
                                "41.20241122.3.0",
                                6,
                                "oci",
                                "quay.io/example/fedora-coreos@sha256:"
                                        + "287a321c1c22ba03d1a57b90535c566da7ccd9a7e303afd1b216f0066d1f5da8",
                                "updates.rollout",
                                "true",
                                "updates.start_epoch",
                                "1732700000",
                                "updates.start_value",
                                "0",
                                "updates.duration_minutes",
                                "2880")
                        + ","
                        + Samples.node(
                                "41.20241215.3.0",
                                7,
                                "oci",
                                "quay.io/example/fedora-coreos@sha256:"
                                        + "b6d1f66a94aa75930087bbafeef2180cb78a173b9d80476bad6752700d6b925f",
                                "updates.rollout",
                                "true",
                                "updates.start_epoch",
                                "1734300000",
                                "updates.start_value",
                                "0.25",
                                "updates.duration_minutes",
                                "4320")
                        + "],\"edges\":[[0,2],[0,3],[2,3]]}\n");
    }

    @Test
    void readsTheIndexFromStandardInput() throws IOException {
        String index = Files.readString(Path.of(Samples.RELEASES), StandardCharsets.UTF_8);

        CliRun run = CliRun.withStdin(
                index, "graph", "--releases", "-", "--updates", Samples.UPDATES, "--basearch", "x86_64");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(graph(ALL_EDGES));
    }

    @Test
    void anArchitectureWithoutReleasesHasAnEmptyGraph() {
        String index = "{\"stream\":\"stable\",\"metadata\":{\"last-modified\":\"2025-01-20T00:00:00Z\"},"
                + "\"releases\":[{\"version\":\"41.20250105.3.0\",\"metadata\":\"m\","
                + "\"commits\":[{\"architecture\":\"x86_64\",\"checksum\":\"c1\"}]}]}";

        CliRun checksum = CliRun.withStdin(
                index, "graph", "--releases", "-", "--updates", Samples.UPDATES, "--basearch", "s390x");
        CliRun oci = CliRun.withStdin(
                index, "graph", "--releases", "-", "--updates", Samples.UPDATES, "--basearch", "x86_64", "--oci");

        assertThat(checksum.exitCode).as(checksum.toString()).isZero();
        assertThat(checksum.out).isEqualTo("{\"nodes\":[],\"edges\":[]}\n");
        assertThat(checksum.err)
                .isEqualTo("note: no release of the index has an OSTree commit for s390x: the graph is empty\n");
        assertThat(oci.exitCode).as(oci.toString()).isZero();
        assertThat(oci.out).isEqualTo("{\"nodes\":[],\"edges\":[]}\n");
        assertThat(oci.err)
                .isEqualTo("note: no release of the index has an OCI image for x86_64: the graph is empty\n");
    }

    @Test
    void anArchitectureNeitherServedNorNamedIsInvalidInput() {
        CliRun run = graphFor("riscv64");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: unknown basearch \"riscv64\": known are aarch64, ppc64le, s390x, x86_64\n");
    }

    @Test
    void anEmptyStreamIsInvalidInput() {
        CliRun run = graphCommand("--stream", "");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: invalid stream \"\": expected a non-empty stream name, e.g. stable\n");
    }

    @Test
    void aMissingDocumentIsInvalidInput() {
        CliRun run = CliRun.run(
                "graph", "--releases", "/nonexistent/releases.json", "--updates", Samples.UPDATES, "--basearch", "x");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("error: /nonexistent/releases.json: no such file\n");
    }

    @Test
    void aWarinessThatIsNoNumberIsAUsageError() {
        CliRun run = graphCommand("--wariness", "abc");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: --wariness must be a number such as 0.5, got 'abc'\n");
    }

    @Test
    void nowWithoutAClientIsAUsageError() {
        CliRun run = graphCommand("--now", "5");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: --now only applies with --wariness or --node-uuid\n");
    }

    @Test
    void warinessAndNodeUuidExcludeEachOther() {
        CliRun run = graphCommand("--wariness", "0.5", "--node-uuid", "u");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("""
                error: Error: --wariness=W, --node-uuid=UUID are mutually exclusive (specify only one)
                Try 'coreos-release graph --help' for usage.
                """);
    }
}
