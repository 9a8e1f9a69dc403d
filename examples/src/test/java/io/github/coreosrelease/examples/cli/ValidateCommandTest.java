/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validDocumentsPrintNothingAndExitZero() {
        CliRun run = CliRun.run("validate", "--type", "release-index", Samples.RELEASES);
        CliRun updates = CliRun.run("validate", "--type", "updates", Samples.UPDATES);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEmpty();
        assertThat(updates.exitCode).as(updates.toString()).isZero();
        assertThat(updates.out).isEmpty();
    }

    @Test
    void everyProblemOfEveryFileIsOneLine() throws IOException {
        String bad = Samples.write(dir, "bad.json", """
                {
                  "metadata": {"last-modified": "2025-01-01T00:00:00Z"},
                  "releases": [
                    {"version": "41.20250105.3.0", "metadata": {"rollout": {"start_percentage": -1}}},
                    {"version": "", "metadata": {"barrier": {}}}
                  ]
                }
                """);

        CliRun run = CliRun.run("validate", "--type", "updates", Samples.UPDATES, bad);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out)
                .isEqualTo(bad + ": /: required property 'stream' not found (line 1, column 1)\n"
                        + bad + ": /releases/0/metadata/rollout/start_percentage: must have a minimum value of 0"
                        + " (line 4, column 81)\n"
                        + bad + ": /releases/1/version: must be at least 1 characters long (line 5, column 17)\n"
                        + bad + ": /releases/1/metadata/barrier: required property 'reason' not found"
                        + " (line 5, column 45)\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void malformedJsonIsOneProblem() {
        CliRun run = CliRun.withStdin("{\"kind\": ", "validate", "--type", "graph", "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).startsWith("-: /: Unexpected end-of-input").endsWith("(line 1, column 10)\n");
    }

    @Test
    void anUnreadableFileStopsBeforeAnyOutput() {
        CliRun run = CliRun.run("validate", "--type", "updates", Samples.UPDATES, "/nonexistent/updates.json");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: /nonexistent/updates.json: no such file\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun noFile = CliRun.run("validate", "--type", "updates");
        CliRun twoStdin = CliRun.run("validate", "--type", "updates", "-", "-");

        assertThat(noFile.exitCode).isEqualTo(2);
        assertThat(noFile.err).startsWith("error: Missing required parameter: 'FILE'\n");
        assertThat(twoStdin.exitCode).isEqualTo(2);
        assertThat(twoStdin.err).isEqualTo("error: standard input (-) can be read only once\n");
    }
}
