/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final byte[] CONTENT = "{}\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLockedWriteRemovesTheTemporaryFileOfAKilledWriterAndOnlyThat(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("meta.json");
        Files.write(target, CONTENT);
        // Left by a writer killed earlier: our naming, nobody holds its lock.
        Files.write(dir.resolve(".meta.json.123.tmp"), CONTENT);
        // Not ours: another naming, or another target's.
        for (String name : List.of(".meta.json.abc.tmp", ".meta.json..tmp", "meta.json.7.tmp", ".other.json.8.tmp")) {
            Files.write(dir.resolve(name), CONTENT);
        }
        Process writer = holdLocked(dir.resolve(".meta.json.456.tmp"));
        try {
            lockedWrite(target);
            assertThat(names(dir))
                    .as("the live writer's file is kept")
                    .containsExactly(
                            ".meta.json..tmp",
                            ".meta.json.456.tmp",
                            ".meta.json.abc.tmp",
                            ".other.json.8.tmp",
                            "meta.json",
                            "meta.json.7.tmp",
                            "meta.json.lock");
        } finally {
            // SIGKILL: the writer dies without removing its temporary file.
            writer.destroyForcibly();
            assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        lockedWrite(target);

        assertThat(names(dir))
                .containsExactly(
                        ".meta.json..tmp",
                        ".meta.json.abc.tmp",
                        ".other.json.8.tmp",
                        "meta.json",
                        "meta.json.7.tmp",
                        "meta.json.lock");
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
    }

    @Test
    void aWriteWithoutTheLockRemovesOnlyTemporaryFilesOlderThanTheBound(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("checksum.json");
        Path recent = dir.resolve(".checksum.json.1.tmp");
        Path old = dir.resolve(".checksum.json.2.tmp");
        Files.write(recent, CONTENT);
        Files.write(old, CONTENT);
        FileTime now = Files.getLastModifiedTime(recent);
        Files.setLastModifiedTime(
                recent,
                FileTime.from(now.toInstant().minus(AtomicFiles.STALE_AFTER).plusSeconds(60)));
        Files.setLastModifiedTime(
                old,
                FileTime.from(now.toInstant().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));

        AtomicFiles.write(target, CONTENT);

        assertThat(names(dir)).containsExactly(".checksum.json.1.tmp", "checksum.json");
    }

    @Test
    void temporaryNamesAreTheTargetsNameBetweenADotAndDigits() {
        assertThat(AtomicFiles.isTemporaryName(".meta.json.8123.tmp", ".meta.json."))
                .isTrue();
        assertThat(AtomicFiles.isTemporaryName(".meta.json.8123.tmp", ".other.json."))
                .isFalse();
        assertThat(AtomicFiles.isTemporaryName(".meta.json.x.tmp", ".meta.json."))
                .isFalse();
        assertThat(AtomicFiles.isTemporaryName(".meta.json..tmp", ".meta.json."))
                .isFalse();
        assertThat(AtomicFiles.isTemporaryName(".meta.json.1.tmp.bak", ".meta.json."))
                .isFalse();
    }

    /** A write as every {@code --write} does it: under the target's lock. */
    private static void lockedWrite(Path target) {
        LockedFiles.withLock(target, () -> {
            AtomicFiles.write(target, CONTENT);
            return null;
        });
    }

    private static Process holdLocked(Path temporary) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        TemporaryFileHolder.class.getName(),
                        temporary.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("holder start-up").isEqualTo("ready true");
        return process;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
