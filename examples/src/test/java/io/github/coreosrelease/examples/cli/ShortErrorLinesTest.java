/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every error the CLI prints is one short, readable line, however deep the document or long the
 * value (issue 12): a deep pointer keeps its first and last four levels and says how many were left
 * out, a long text keeps its start and end.
 */
class ShortErrorLinesTest {
    private static final String DEEP = "{\"stream\":\"s\",\"releases\":" + "[".repeat(300) + "]".repeat(300) + "}";
    private static final String DEEP_POINTER = "/releases/0/0/0/...(248 levels left out).../0/0/0/0";

    @Test
    void aReaderErrorDeepInADocumentIsOneShortLine() {
        CliRun run = CliRun.withStdin(DEEP, "fmt", "--type", "release-index", "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: -: " + DEEP_POINTER + ": document exceeds a size limit: Document nesting depth"
                        + " (257) exceeds the maximum allowed (256) (line 1, column 282)\n");
    }

    @Test
    void aLongValidationProblemIsOneShortLine() {
        CliRun run = CliRun.withStdin("{\"kind\": " + "x".repeat(1000) + "}", "validate", "--type", "graph", "-");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEmpty();
        // Jackson quotes 256 characters of the token; the line keeps 200 at the start and 100 at the end.
        assertThat(run.out)
                .isEqualTo("-: /: Unrecognized token '" + "x".repeat(180) + "...(67 characters left out)..."
                        + "x".repeat(9) + "...': was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false') (line 1, column 10)\n");
    }

    @Test
    void aLongArgumentInAUsageErrorIsShortened() {
        CliRun run = CliRun.run("fmt", "--type", "x".repeat(2000), "releases.json");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err)
                .isEqualTo("error: Invalid value for option '--type': unknown document type '" + "x".repeat(342)
                        + "...(1548 characters left out)..." + "x".repeat(110) + "', expected one of [meta,"
                        + " release, release-index, updates, graph, stream, payload-aliases]\n"
                        + "Try 'coreos-release fmt --help' for usage.\n");
    }
}
