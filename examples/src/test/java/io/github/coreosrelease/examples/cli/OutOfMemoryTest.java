/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input that does not fit in the heap gets one line on stderr and exit 1, not a stack trace. */
class OutOfMemoryTest {
    @Test
    void aDocumentTooLargeForTheHeapIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        // 900,000 values: within the value limit, but tens of megabytes as a tree.
        Path index = dir.resolve("releases.json");
        try (OutputStream out = Files.newOutputStream(index)) {
            out.write("{\"stream\":\"s\",\"releases\":[0".getBytes(StandardCharsets.UTF_8));
            byte[] more = ",0".getBytes(StandardCharsets.UTF_8);
            for (int i = 1; i < 900_000; i++) {
                out.write(more);
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx24m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "fmt",
                        "--type",
                        "release-index",
                        index.toString())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile())
                .start();

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(read(dir.resolve("err"))).isEqualTo(Main.OUT_OF_MEMORY + "\n");
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(read(dir.resolve("out"))).isEmpty();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
