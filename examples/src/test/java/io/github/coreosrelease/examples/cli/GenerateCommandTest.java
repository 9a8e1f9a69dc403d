/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.graph.generate.GeneratedStream;
import io.github.coreosrelease.graph.generate.GeneratorOptions;
import io.github.coreosrelease.graph.generate.RolloutPlacement;
import io.github.coreosrelease.graph.generate.StreamGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheLibrarysDocumentsForTheOptions() throws IOException {
        Path out = dir.resolve("load");

        CliRun run = CliRun.run(
                "generate",
                "--releases",
                "12",
                "--arches",
                "x86_64,s390x",
                "--barrier-every",
                "5",
                "--deadend-every",
                "4",
                "--rollouts",
                "last",
                "--oci-from",
                "0.25",
                "--seed",
                "9",
                "--out",
                out.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(out.resolve("releases.json") + "\n" + out.resolve("updates.json") + "\n");
        assertThat(run.err).isEmpty();
        GeneratedStream expected = StreamGenerator.generate(GeneratorOptions.builder()
                .releases(12)
                .architectures(List.of("x86_64", "s390x"))
                .barrierEvery(5)
                .deadendEvery(4)
                .rollouts(RolloutPlacement.LAST)
                .ociFrom(0.25)
                .seed(9)
                .build());
        assertThat(Files.readString(out.resolve("releases.json")))
                .isEqualTo(DocumentWriter.indented(2).writeString(DocumentType.RELEASE_INDEX, expected.releaseIndex()));
        assertThat(Files.readString(out.resolve("updates.json")))
                .isEqualTo(DocumentWriter.indented(2).writeString(DocumentType.UPDATES, expected.updates()));
    }

    @Test
    void anUnknownRolloutPlacementIsAUsageError() {
        CliRun run = CliRun.run("generate", "--releases", "3", "--rollouts", "some", "--out", dir.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: --rollouts must be all or last, got 'some'\n");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void impossibleOptionsAreAUsageError() {
        CliRun run = CliRun.run("generate", "--releases", "0", "--out", dir.toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: releases must be at least 1, got 0\n");
        assertThat(dir).isEmptyDirectory();
    }
}
