/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --graph}: graph documents as served, instead of a release index and updates pair. */
class LintGraphCommandTest {
    private static final String KEY = "org.fedoraproject.coreos.";

    /** Three releases; the edge list names a node that does not exist and repeats an edge. */
    private static final String FLAWED = """
            {
              "nodes": [
                {"version": "40.20240416.3.0", "payload": "a",
                 "metadata": {"%1$sreleases.age_index": "0", "%1$sscheme": "checksum"}},
                {"version": "40.20240504.3.0", "payload": "b",
                 "metadata": {"%1$sreleases.age_index": "1", "%1$sscheme": "checksum"}},
                {"version": "41.20241027.3.0", "payload": "c",
                 "metadata": {"%1$sreleases.age_index": "2", "%1$sscheme": "checksum"}}
              ],
              "edges": [[0, 2], [1, 3], [0, 2]]
            }
            """.formatted(KEY);

    @TempDir
    Path dir;

    @Test
    void everyGraphThatExportWritesIsClean() {
        CliRun export = CliRun.run(
                "export", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--out", dir.toString());
        assertThat(export.exitCode).as(export.toString()).isZero();
        List<String> args = new ArrayList<>(List.of("lint"));
        for (String written : export.out.strip().lines().toList()) {
            args.add("--graph");
            args.add(written);
        }

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(args).hasSize(1 + 2 * 8);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
    }

    @Test
    void findingsOfEveryGraphInTheOrderGiven() throws IOException {
        String flawed = Samples.write(dir, "flawed.json", FLAWED);
        String clean = Samples.write(dir, "clean.json", FLAWED.replace("[[0, 2], [1, 3], [0, 2]]", "[[0, 2], [1, 2]]"));

        CliRun run = CliRun.run("lint", "--graph", clean, "--graph", flawed);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out)
                .isEqualTo("error graph-edge-out-of-range " + flawed + "#/edges/1: edge [1, 3] names node index 3, but"
                        + " the graph has 3 nodes (indexes 0 to 2)\n"
                        + "warning graph-duplicate-edge " + flawed + "#/edges/2: edge [0, 2] is also listed at"
                        + " /edges/0\n"
                        + "error graph-stranded " + flawed + "@40.20240504.3.0: no update path leads from"
                        + " 40.20240504.3.0 to the newest release 41.20241027.3.0 (no update edge leaves it)\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void warningsAloneExitWithZero() throws IOException {
        String graph = Samples.write(
                dir, "graph.json", FLAWED.replace("[[0, 2], [1, 3], [0, 2]]", "[[0, 2], [1, 2], [1, 2]]"));

        CliRun run = CliRun.run("lint", "--graph", graph);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("warning graph-duplicate-edge " + graph + "#/edges/2: edge [1, 2] is also listed at"
                        + " /edges/1\n");
    }

    @Test
    void jsonFindingsFromStandardInput() {
        String json = "{\"nodes\":[{\"version\":\"1\",\"payload\":\"a\",\"metadata\":{}}],\"edges\":[[0,5]]}";

        CliRun run = CliRun.withStdin(json, "lint", "--graph", "-", "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out).isEqualTo("""
                [
                  {
                    "rule": "graph-node-invalid",
                    "severity": "error",
                    "location": {
                      "document": "-",
                      "pointer": "/nodes/0",
                      "version": "1"
                    },
                    "message": "node 0 (1): scheme missing; update clients refuse such a node"
                  },
                  {
                    "rule": "graph-edge-out-of-range",
                    "severity": "error",
                    "location": {
                      "document": "-",
                      "pointer": "/edges/0"
                    },
                    "message": "edge [0, 5] names node index 5, but the graph has 1 node (index 0)"
                  }
                ]
                """);
        assertThat(run.err).isEmpty();
    }

    @Test
    void anUnreadableGraphIsOneErrorLineAndNoOutput() throws IOException {
        String clean = Samples.write(dir, "clean.json", FLAWED.replace("[[0, 2], [1, 3], [0, 2]]", "[[0, 2], [1, 2]]"));
        String shape = Samples.write(dir, "shape.json", "{\"nodes\": [],\n \"edges\": [[0, 1, 2]]}");

        CliRun bad = CliRun.run("lint", "--graph", shape, "--graph", clean);
        CliRun missing = CliRun.run("lint", "--graph", clean, "--graph", "/nonexistent/graph.json");
        CliRun malformed = CliRun.withStdin("{\"nodes\": [", "lint", "--graph", "-");

        assertThat(bad.exitCode).isEqualTo(1);
        assertThat(bad.out).isEmpty();
        assertThat(bad.err)
                .isEqualTo("error: " + shape + ": /edges/0: expected an edge [source, target], found an array of 3"
                        + " elements (line 2, column 12)\n");
        assertThat(missing.exitCode).isEqualTo(1);
        assertThat(missing.out).isEmpty();
        assertThat(missing.err).isEqualTo("error: /nonexistent/graph.json: no such file\n");
        assertThat(malformed.exitCode).isEqualTo(1);
        assertThat(malformed.out).isEmpty();
        assertThat(malformed.err)
                .startsWith("error: -: /nodes: malformed JSON: ")
                .doesNotContain("\n\n");
        assertThat(malformed.err.lines()).hasSize(1);
    }

    @Test
    void usageErrors() throws IOException {
        String graph = Samples.write(dir, "graph.json", FLAWED);

        CliRun mixed = CliRun.run("lint", "--graph", graph, "--releases", Samples.RELEASES);
        CliRun arch = CliRun.run("lint", "--graph", graph, "--basearch", "x86_64");
        CliRun neither = CliRun.run("lint");
        CliRun half = CliRun.run("lint", "--releases", Samples.RELEASES);
        CliRun stdinTwice = CliRun.run("lint", "--graph", "-", "--graph", "-");

        for (CliRun run : List.of(mixed, arch)) {
            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.out).isEmpty();
            assertThat(run.err)
                    .isEqualTo("error: --graph cannot be combined with --releases, --updates or --basearch\n");
        }
        for (CliRun run : List.of(neither, half)) {
            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err).isEqualTo("error: give --releases and --updates, or --graph\n");
        }
        assertThat(stdinTwice.exitCode).isEqualTo(2);
        assertThat(stdinTwice.err).isEqualTo("error: standard input (-) can be read only once\n");
    }
}
