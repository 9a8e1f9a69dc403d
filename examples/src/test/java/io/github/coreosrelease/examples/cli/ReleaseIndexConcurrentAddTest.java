/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code release-index add --write} from concurrent processes and threads loses no acknowledged add. */
class ReleaseIndexConcurrentAddTest {
    private static final int PROCESSES = 3;
    private static final int THREADS = 3;
    private static final int ADDS_PER_PROCESS = 8;

    @Test
    void concurrentAddsFromThreeProcessesOfThreeThreadsAreAllKept(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("releases.json");
        Files.write(index, TestResources.bytes("pipeline/releases.json"));
        int before = DocumentReader.standard()
                .read(DocumentType.RELEASE_INDEX, index)
                .releases()
                .size();
        Release template = DocumentReader.standard()
                .read(DocumentType.RELEASE, TestResources.bytes("pipeline/release-expected.json"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            List<String> command = new ArrayList<>(List.of(
                    java, "-cp", classpath, ReleaseIndexAddWorker.class.getName(), index.toString(), "" + THREADS));
            for (int i = 0; i < ADDS_PER_PROCESS; i++) {
                String version = String.format("42.2025%02d%02d.3.0", p + 1, i + 1);
                versions.add(version);
                Path release = dir.resolve(version + ".json");
                Files.write(
                        release,
                        DocumentWriter.indented(2)
                                .write(
                                        DocumentType.RELEASE,
                                        Release.builder()
                                                .from(template)
                                                .release(version)
                                                .build()));
                command.add(release.toString());
            }
            processes.add(new ProcessBuilder(command)
                    .redirectError(dir.resolve("worker-" + p + ".err").toFile())
                    .start());
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process process : processes) {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("worker start-up").isEqualTo("ready");
            outputs.add(out);
        }
        for (Process process : processes) {
            try (OutputStream in = process.getOutputStream()) {
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        List<String> acknowledged = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            outputs.get(p).lines().forEach(acknowledged::add);
            assertThat(processes.get(p).waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(processes.get(p).exitValue())
                    .as(Files.readString(dir.resolve("worker-" + p + ".err")))
                    .isZero();
        }

        assertThat(acknowledged)
                .hasSize(PROCESSES * ADDS_PER_PROCESS)
                .allMatch(line -> line.startsWith("added "), "every add acknowledged");
        List<String> indexed = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, index).releases().stream()
                .map(IndexRelease::version)
                .skip(before)
                .collect(Collectors.toList());
        assertThat(indexed).hasSize(PROCESSES * ADDS_PER_PROCESS).containsExactlyInAnyOrderElementsOf(versions);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .as("temporary files left behind")
                    .isEmpty();
        }
    }
}
