/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a {@code meta.json} writer mid-way (issue 12): after each kill the file is a
 * complete, valid document holding every update the writer acknowledged, and the next writer
 * removes any temporary file the killed one left. The writer is killed after a random (seeded)
 * number of acknowledgements, so kills land in every phase of an update. 10 kills by default,
 * {@code -Dcoreos.faults.kills=50} for the long run; either prints its figures.
 */
class MetaStoreKillTest {
    private static final int KILLS = Integer.getInteger("coreos.faults.kills", 10);

    @Test
    void aWriterKilledMidWayLosesNoAcknowledgedUpdateAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, TestResources.text("model/meta-split.json"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(9L);
        List<String> acknowledged = new ArrayList<>();
        int leftBehind = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process writer = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            MetaStoreWorker.class.getName(),
                            file.toString(),
                            "kill" + kill,
                            "100000")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("worker start-up").isEqualTo("ready");
            try (OutputStream in = writer.getOutputStream()) {
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
            }
            int acks = 1 + random.nextInt(30);
            for (int i = 0; i < acks; i++) {
                String line = out.readLine();
                assertThat(line).as("acknowledgement %d of writer %d", i, kill).startsWith("ack ");
                acknowledged.add(line.substring("ack ".length()));
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertThat(writer.waitFor(1, TimeUnit.MINUTES)).isTrue();

            // Complete and valid, whatever the writer was doing when it died.
            BuildMeta onDisk = DocumentReader.standard().read(DocumentType.META, file);
            assertThat(onDisk.extraFields().keySet()).as("after kill %d", kill).containsAll(acknowledged);
            leftBehind += temporaryFiles(dir);
        }

        BuildMeta last = MetaStore.update(
                file,
                meta -> BuildMeta.builder()
                        .from(meta)
                        .putExtraField("after", RawJson.of("1"))
                        .build());

        assertThat(last.extraFields().keySet()).containsAll(acknowledged).contains("after");
        // The figures of the run, for docs/RELIABILITY.md.
        System.out.printf(
                "meta.json writer killed %d times: %d acknowledged updates, all on disk; %d temporary files left"
                        + " by killed writers, none after the next write%n",
                KILLS, acknowledged.size(), leftBehind);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("meta.json", "meta.json.lock");
        }
    }

    private static int temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(path -> path.getFileName().toString().endsWith(".tmp"))
                    .count();
        }
    }

    @Test
    void theNextWriterRemovesATemporaryFileLeftBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(file, TestResources.text("model/meta-split.json"));
        // What AtomicFiles.write leaves when killed before its rename, and a look-alike of another file.
        Files.writeString(dir.resolve(".meta.json.123456789.tmp"), "{\"half\":");
        Files.writeString(dir.resolve(".release.json.123456789.tmp"), "{}");

        MetaStore.update(
                file,
                meta -> BuildMeta.builder()
                        .from(meta)
                        .putExtraField("k", RawJson.of("1"))
                        .build());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("meta.json", "meta.json.lock", ".release.json.123456789.tmp");
        }
    }
}
