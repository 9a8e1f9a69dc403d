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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    static CliRun export(Path out) {
        return CliRun.run(
                "export", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--out", out.toString());
    }

    static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    static final List<String> FILES = List.of(
            "aarch64/checksum.json",
            "aarch64/oci.json",
            "ppc64le/checksum.json",
            "ppc64le/oci.json",
            "s390x/checksum.json",
            "s390x/oci.json",
            "x86_64/checksum.json",
            "x86_64/oci.json");

    @Test
    void writesBothGraphsOfEveryServedArchitecture() throws IOException {
        Path out = dir.resolve("graphs");

        CliRun run = export(out);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo(FILES.stream().map(f -> out.resolve(f) + "\n").collect(Collectors.joining()));
        assertThat(run.err).isEmpty();
        assertThat(tree(out)).containsExactlyElementsOf(FILES);
        for (String empty :
                List.of("ppc64le/checksum.json", "ppc64le/oci.json", "s390x/checksum.json", "s390x/oci.json")) {
            assertThat(Files.readString(out.resolve(empty))).isEqualTo("{\"nodes\":[],\"edges\":[]}\n");
        }
        assertThat(Files.readString(out.resolve("x86_64/checksum.json"), StandardCharsets.UTF_8))
                .isEqualTo(GraphCommandTest.graph(GraphCommandTest.ALL_EDGES));
        for (String arch : List.of("aarch64", "x86_64")) {
            for (boolean oci : new boolean[] {false, true}) {
                CliRun graph = oci ? GraphCommandTest.graphFor(arch, "--oci") : GraphCommandTest.graphFor(arch);
                assertThat(graph.exitCode).isZero();
                assertThat(Files.readString(out.resolve(arch).resolve(oci ? "oci.json" : "checksum.json")))
                        .isEqualTo(graph.out);
            }
        }
    }

    @Test
    void replacesExistingFiles() throws IOException {
        Path out = dir.resolve("graphs");
        Files.createDirectories(out.resolve("x86_64"));
        Files.writeString(out.resolve("x86_64/checksum.json"), "old");

        CliRun run = export(out);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.readString(out.resolve("x86_64/checksum.json")))
                .isEqualTo(GraphCommandTest.graph(GraphCommandTest.ALL_EDGES));
        assertThat(tree(out)).hasSize(8);
    }

    @Test
    void anIndexWithoutArchitecturesWritesTheEmptyGraphsOfTheDefaultArchitectures() throws IOException {
        CliRun run = CliRun.withStdin(
                "{\"releases\":[{\"version\":\"1\",\"metadata\":\"m\"}]}",
                "export",
                "--releases",
                "-",
                "--updates",
                Samples.UPDATES,
                "--out",
                dir.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(tree(dir)).containsExactlyElementsOf(FILES);
        for (String file : FILES) {
            assertThat(Files.readString(dir.resolve(file))).isEqualTo("{\"nodes\":[],\"edges\":[]}\n");
        }
    }

    @Test
    void anUnwritableOutputIsReported() throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");

        CliRun run = export(file);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: " + file.resolve("aarch64/checksum.json") + ": cannot write: "
                        + file.resolve("aarch64") + ": Not a directory\n");
    }
}
