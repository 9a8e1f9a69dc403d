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

class DiffCommandTest {
    /** The sample updates without the dead-end of 41.20241109.3.0 and without the newest rollout. */
    private static final String AFTER = """
            {
              "stream": "sample",
              "metadata": {"last-modified": "2024-12-16T10:00:00Z"},
              "releases": [
                {"version": "40.20240504.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/1"}}},
                {"version": "40.20240602.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/2"},
                                                            "rollout": {"start_percentage": 1.0}}},
                {"version": "41.20241122.3.0", "metadata": {"rollout": {"start_epoch": 1732700000,
                                                            "start_percentage": 0.0, "duration_minutes": 2880}}}
              ]
            }
            """;

    @TempDir
    Path dir;

    private CliRun diff(String... extra) throws IOException {
        Path after = dir.resolve("after.json");
        Files.writeString(after, AFTER);
        String[] base = {
            "diff", "--releases", Samples.RELEASES, "--before", Samples.UPDATES, "--after", after.toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void whatTheChangeDoesToTheChecksumGraph() throws IOException {
        CliRun run = diff("--basearch", "x86_64");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                        ~ 41.20241109.3.0 dead-end: "https://example.org/issues/3" -> none
                        ~ 41.20241215.3.0 rollout: start_epoch=1734300000 (2024-12-15T22:00:00Z) start_percentage=0.25\
                         duration_minutes=4320 -> none
                        - edge 40.20240602.3.0 -> 41.20241215.3.0
                        - edge 41.20241027.3.0 -> 41.20241215.3.0
                        - edge 41.20241122.3.0 -> 41.20241215.3.0
                        + edge 41.20241109.3.0 -> 41.20241122.3.0
                        """);
        assertThat(run.err).isEmpty();
    }

    @Test
    void whatTheChangeDoesToTheOciGraphAsJson() throws IOException {
        CliRun run = diff("--basearch", "aarch64", "--oci", "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                        {
                          "added_nodes": [],
                          "removed_nodes": [],
                          "changed_nodes": [
                            {
                              "version": "41.20241109.3.0",
                              "before": {
                                "deadend": {
                                  "reason": "https://example.org/issues/3"
                                }
                              },
                              "after": {}
                            },
                            {
                              "version": "41.20241215.3.0",
                              "before": {
                                "rollout": {
                                  "start_epoch": 1734300000,
                                  "start_percentage": 0.25,
                                  "duration_minutes": 4320
                                }
                              },
                              "after": {}
                            }
                          ],
                          "removed_edges": [
                            {
                              "from": "41.20241027.3.0",
                              "to": "41.20241215.3.0"
                            },
                            {
                              "from": "41.20241122.3.0",
                              "to": "41.20241215.3.0"
                            }
                          ],
                          "added_edges": [
                            {
                              "from": "41.20241109.3.0",
                              "to": "41.20241122.3.0"
                            }
                          ]
                        }
                        """);
    }

    @Test
    void noChangeIsNoOutput() {
        CliRun run = CliRun.run(
                "diff",
                "--releases",
                Samples.RELEASES,
                "--before",
                Samples.UPDATES,
                "--after",
                Samples.UPDATES,
                "--basearch",
                "x86_64");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
    }

    @Test
    void usageAndInputErrors() throws IOException {
        CliRun format = diff("--basearch", "x86_64", "--format", "html");
        CliRun arch = diff("--basearch", "riscv64");
        CliRun stdin = CliRun.run(
                "diff", "--releases", Samples.RELEASES, "--before", "-", "--after", "-", "--basearch", "x86_64");

        assertThat(format.exitCode).isEqualTo(2);
        assertThat(format.err).isEqualTo("error: --format must be text or json, got 'html'\n");
        assertThat(arch.exitCode).isEqualTo(1);
        assertThat(arch.err)
                .isEqualTo("error: unknown basearch \"riscv64\": known are aarch64, ppc64le, s390x, x86_64\n");
        assertThat(stdin.exitCode).isEqualTo(2);
        assertThat(stdin.err).isEqualTo("error: standard input (-) can be read only once\n");
    }
}
