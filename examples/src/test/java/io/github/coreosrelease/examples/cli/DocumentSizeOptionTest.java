/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.testing.TestResources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentSizeOptionTest {
    /** 64 MiB, the default limit, plus one MiB. */
    private static final int OVER_DEFAULT = 65 * 1024 * 1024;

    @TempDir
    static Path shared;

    private static final String UPDATES = "{\"stream\": \"stable\", \"metadata\": {\"last-modified\":"
            + " \"2025-01-02T03:04:05Z\"}, \"releases\": [{\"version\": \"41.20250101.3.0\", \"metadata\": {}}]}";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "1048576, 1048576",
        "2, 2",
        "64KiB, 65536",
        "256MiB, 268435456",
        "256mib, 268435456",
        "1GiB, 1073741824",
        "1gib, 1073741824",
        "2147483639, 2147483639",
    })
    void readsSizes(String text, long bytes) {
        assertThat(DocumentSizeOption.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | invalid size \"\": expected a number of bytes, or a number with KiB, MiB or GiB, e.g. 256MiB",
                "1.5GiB | invalid size \"1.5GiB\": expected a number of bytes, or a number with KiB, MiB or GiB, e.g."
                        + " 256MiB",
                "100MB | invalid size \"100MB\": expected a number of bytes, or a number with KiB, MiB or GiB, e.g."
                        + " 256MiB",
                "-1 | invalid size \"-1\": expected a number of bytes, or a number with KiB, MiB or GiB, e.g. 256MiB",
                "1 | invalid size \"1\": expected 2 bytes to 2147483639 bytes (just under 2GiB)",
                "0GiB | invalid size \"0GiB\": expected 2 bytes to 2147483639 bytes (just under 2GiB)",
                "2GiB | invalid size \"2GiB\": expected 2 bytes to 2147483639 bytes (just under 2GiB)",
                "2147483640 | invalid size \"2147483640\": expected 2 bytes to 2147483639 bytes (just under 2GiB)",
                "9999999999999999999 | invalid size \"9999999999999999999\": expected 2 bytes to 2147483639 bytes"
                        + " (just under 2GiB)",
            })
    void refusesOtherSizes(String text, String message) {
        assertThatThrownBy(() -> DocumentSizeOption.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void aBadSizeIsAUsageError() {
        CliRun run = CliRun.run("fmt", "--type", "updates", "--max-document-size", "lots", Samples.UPDATES);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .startsWith("error: Invalid value for option '--max-document-size': invalid size \"lots\": expected a"
                        + " number of bytes, or a number with KiB, MiB or GiB, e.g. 256MiB\n");
    }

    /** Every command that reads documents, with the source it reads first. */
    static Stream<Arguments> commandsThatReadDocuments() throws IOException {
        Path dir = shared;
        String releases = Samples.RELEASES;
        String updates = Samples.UPDATES;
        String graph = write(dir, "graph.json", Samples.X86_64_NODES.getBytes(StandardCharsets.UTF_8));
        String meta = write(dir, "meta.json", TestResources.bytes("pipeline/meta-x86_64.json"));
        String release = write(dir, "release.json", TestResources.bytes("pipeline/release-expected.json"));
        String out = dir.resolve("exported").toString();
        String status = write(
                dir,
                "status.json",
                ("{\"deployments\": [{\"booted\": true, \"version\": \"41.20250101.3.0\", \"checksum\": \""
                                + "c".repeat(64) + "\"}]}")
                        .getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of(releases, List.of("fmt", "--type", "release-index", releases)),
                Arguments.of(releases, List.of("inspect", releases)),
                Arguments.of(
                        releases,
                        List.of("graph", "--releases", releases, "--updates", updates, "--basearch", "x86_64")),
                Arguments.of(releases, List.of("export", "--releases", releases, "--updates", updates, "--out", out)),
                Arguments.of(graph, List.of("next-update", "--graph", graph, "--booted", "sha-mock")),
                Arguments.of(status, List.of("next-update", "--graph", graph, "--status", status)),
                Arguments.of(meta, List.of("oscontainer", "show", meta)),
                Arguments.of(meta, List.of("oscontainer", "migrate", "--to", "split", meta)),
                Arguments.of(meta, List.of("release-meta", "--meta", meta)),
                Arguments.of(releases, List.of("release-index", "add", "--index", releases, "--release", release)),
                Arguments.of(release, List.of("stream-meta", "--release", release)),
                Arguments.of(releases, List.of("validate", "--type", "release-index", releases)),
                Arguments.of(releases, List.of("lint", "--releases", releases, "--updates", updates)),
                Arguments.of(graph, List.of("lint", "--graph", graph)),
                Arguments.of(
                        releases,
                        List.of(
                                "render",
                                "--releases",
                                releases,
                                "--updates",
                                updates,
                                "--basearch",
                                "x86_64",
                                "--format",
                                "mermaid")),
                Arguments.of(
                        releases,
                        List.of(
                                "diff",
                                "--releases",
                                releases,
                                "--before",
                                updates,
                                "--after",
                                updates,
                                "--basearch",
                                "x86_64")));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("commandsThatReadDocuments")
    void everyCommandThatReadsDocumentsTakesTheLimit(String firstSource, List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--max-document-size");
        args.add("100");

        CliRun run = CliRun.run(args.toArray(String[]::new));

        assertThat(run.exitCode).as("%s", run).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: " + firstSource
                        + ": larger than 100 bytes (raise the limit with --max-document-size)\n");
    }

    @Test
    void aDocumentOverTheDefaultLimitReadsWithARaisedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("updates.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(UPDATES.getBytes(StandardCharsets.UTF_8));
            out.write(" ".repeat(OVER_DEFAULT).getBytes(StandardCharsets.US_ASCII));
        }
        String updates = file.toString();

        CliRun refused = CliRun.run("fmt", "--type", "updates", updates);
        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err)
                .isEqualTo("error: " + updates
                        + ": larger than 67108864 bytes (raise the limit with --max-document-size)\n");

        CliRun fmt = CliRun.run("fmt", "--type", "updates", "--indent", "0", "--max-document-size", "128MiB", updates);
        assertThat(fmt.exitCode).as("%s", fmt).isZero();
        assertThat(fmt.out)
                .isEqualTo("{\"stream\":\"stable\",\"metadata\":{\"last-modified\":\"2025-01-02T03:04:05Z\"},"
                        + "\"releases\":[{\"version\":\"41.20250101.3.0\",\"metadata\":{}}]}\n");

        CliRun inspect = CliRun.run("inspect", "--max-document-size", "128MiB", updates);
        assertThat(inspect.exitCode).as("%s", inspect).isZero();
        assertThat(inspect.out).startsWith("type: updates\n");

        CliRun validate = CliRun.run("validate", "--type", "updates", "--max-document-size", "128MiB", updates);
        assertThat(validate.exitCode).as("%s", validate).isZero();
        assertThat(validate.out).isEmpty();
    }

    private static String write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toString();
    }
}
