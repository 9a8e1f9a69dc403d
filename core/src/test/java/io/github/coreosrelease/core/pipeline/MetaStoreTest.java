/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.MetaArtifact;
import io.github.coreosrelease.core.model.meta.MetaImages;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaStoreTest {
    private static BuildMeta meta() {
        return DocumentReader.standard().read(DocumentType.META, TestResources.bytes("pipeline/meta-aarch64.json"));
    }

    private static Path newMeta(Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        Files.write(file, MetaStore.toJson(meta()));
        return file;
    }

    private static BuildMeta readBack(Path file) {
        return DocumentReader.standard().read(DocumentType.META, file);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void eightThreadsOfFiftyUpdatesLoseNothing(@TempDir Path dir) throws Exception {
        Path file = newMeta(dir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String prefix = "thread" + t;
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    String key = prefix + "-" + i;
                    MetaStore.update(
                            file,
                            meta -> BuildMeta.builder()
                                    .from(meta)
                                    .putExtraField(key, RawJson.of("true"))
                                    .build());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        BuildMeta result = readBack(file);
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < 8; t++) {
            for (int i = 0; i < 50; i++) {
                expected.add("thread" + t + "-" + i);
            }
        }
        assertThat(result.extraFields().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(BuildMeta.builder().from(result).extraFields(Map.of()).build())
                .isEqualTo(meta());
        assertThat(names(dir)).containsExactlyInAnyOrder("meta.json", "meta.json.lock");
    }

    @Test
    void twoProcessesUpdatingTheSameFileLoseNothing(@TempDir Path dir) throws Exception {
        Path file = newMeta(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("first", "second")) {
            processes.add(new ProcessBuilder(
                            java, "-cp", classpath, MetaStoreWorker.class.getName(), file.toString(), prefix, "60")
                    .redirectError(dir.resolve(prefix + ".err").toFile())
                    .start());
        }
        for (Process process : processes) {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("worker start-up").isEqualTo("ready");
        }
        for (Process process : processes) {
            try (OutputStream in = process.getOutputStream()) {
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Process process : processes) {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue())
                    .as(() -> "worker failed: " + readQuietly(dir.resolve("first.err"))
                            + readQuietly(dir.resolve("second.err")))
                    .isZero();
        }

        Set<String> keys = readBack(file).extraFields().keySet();
        assertThat(keys).hasSize(120);
        for (int i = 0; i < 60; i++) {
            assertThat(keys).contains("first-" + i, "second-" + i);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    @Test
    void updateWritesTheChangeWithFourSpaceIndentation(@TempDir Path dir) throws IOException {
        Path file = newMeta(dir);

        BuildMeta written = MetaStore.update(
                file,
                meta -> BuildMeta.builder()
                        .from(meta)
                        .summary("Fedora CoreOS stable")
                        .build());

        assertThat(written.summary()).hasValue("Fedora CoreOS stable");
        assertThat(readBack(file)).isEqualTo(written);
        String text = Files.readString(file);
        assertThat(text)
                .startsWith("{\n    \"aliyun\": [\n        {\n            \"id\": \"m-aaaaaaaaaaaaaaaaaaaa\",\n");
        assertThat(text).contains("\n    \"summary\": \"Fedora CoreOS stable\"\n}\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(MetaStore.toJson(written));
    }

    @Test
    void updateRefusesAChangeThatMixesBuildsAndLeavesTheFileAlone(@TempDir Path dir) throws IOException {
        Path file = newMeta(dir);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> MetaStore.update(
                        file,
                        meta -> BuildMeta.builder()
                                .from(meta)
                                .ostreeCommit("0".repeat(64))
                                .build()))
                .isInstanceOf(ConversionException.class)
                .hasMessage("refusing to mix two builds in one meta.json: /ostree-commit is \"" + "8".repeat(64)
                        + "\" on disk but \"" + "0".repeat(64) + "\" in the update");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void updateOfAMissingFileIsAnError(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        assertThatThrownBy(() -> MetaStore.update(file, meta -> meta))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot update " + file + ": no such file");
    }

    @Test
    void updateKeepsTheFilePermissions(@TempDir Path dir) throws IOException {
        Path file = newMeta(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        MetaStore.update(
                file, meta -> BuildMeta.builder().from(meta).summary("s").build());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void writeCreatesANewFileReadableByAll(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");

        BuildMeta written = MetaStore.write(file, meta());

        assertThat(written).isEqualTo(meta());
        assertThat(readBack(file)).isEqualTo(meta());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void writeMergesIntoTheVersionOnDisk(@TempDir Path dir) throws IOException {
        Path file = newMeta(dir);
        MetaStore.update(
                file,
                meta -> BuildMeta.builder()
                        .from(meta)
                        .images(MetaImages.builder()
                                .from(meta.images().orElseThrow())
                                .aws(MetaArtifact.builder()
                                        .path("fedora-coreos-41.20250101.3.0-aws.aarch64.vmdk.xz")
                                        .sha256("f".repeat(64))
                                        .build())
                                .build())
                        .build());
        // A job that read the file before the AWS upload adds its GCP image and a summary.
        BuildMeta stale = BuildMeta.builder()
                .from(meta())
                .summary("stale copy")
                .images(MetaImages.builder()
                        .from(meta().images().orElseThrow())
                        .gcp(MetaArtifact.builder()
                                .path("fedora-coreos-41.20250101.3.0-gcp.aarch64.tar.gz")
                                .sha256("e".repeat(64))
                                .build())
                        .build())
                .build();

        BuildMeta merged = MetaStore.write(file, stale);

        MetaImages images = merged.images().orElseThrow();
        assertThat(images.byName().keySet()).containsExactly("aliyun", "aws", "gcp", "ostree", "qemu");
        assertThat(merged.summary()).hasValue("stale copy");
        assertThat(readBack(file)).isEqualTo(merged);
    }

    @Test
    void mergeRefusesEveryKindOfMixedBuild() {
        BuildMeta base = BuildMeta.builder()
                .from(meta())
                .ostreeContentChecksum("a".repeat(64))
                .coreosAssemblerImageConfigChecksum("b".repeat(64))
                .build();

        assertThatThrownBy(() -> MetaStore.merge(
                        base,
                        BuildMeta.builder()
                                .from(base)
                                .ostreeContentChecksum("0".repeat(64))
                                .build()))
                .isInstanceOf(ConversionException.class)
                .hasMessage("refusing to mix two builds in one meta.json: /ostree-content-checksum is \""
                        + "a".repeat(64) + "\" on disk but \"" + "0".repeat(64) + "\" in the update");
        assertThatThrownBy(() -> MetaStore.merge(
                        base,
                        BuildMeta.builder()
                                .from(base)
                                .coreosAssemblerImageConfigChecksum("0".repeat(64))
                                .build()))
                .isInstanceOf(ConversionException.class)
                .hasMessage("refusing to mix two builds in one meta.json: /coreos-assembler.image-config-checksum is"
                        + " \"" + "b".repeat(64) + "\" on disk but \"" + "0".repeat(64) + "\" in the update");
        // A checksum that only one side has is no conflict.
        BuildMeta withoutChecksums = BuildMeta.builder()
                .from(base)
                .ostreeContentChecksum(Optional.empty())
                .coreosAssemblerImageConfigChecksum(Optional.empty())
                .summary("later")
                .build();
        BuildMeta merged = MetaStore.merge(base, withoutChecksums);
        assertThat(merged.ostreeContentChecksum()).hasValue("a".repeat(64));
        assertThat(merged.summary()).hasValue("later");
    }
}
