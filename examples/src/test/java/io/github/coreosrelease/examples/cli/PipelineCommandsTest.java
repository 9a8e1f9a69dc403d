/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.testing.Corpus;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineCommandsTest {
    /** 2025-01-02T03:04:05Z. */
    private static final String NOW = "1735787045";

    private static Path fixture(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, TestResources.bytes("pipeline/" + name));
        return file;
    }

    /** {@code release-meta} with one {@code --meta} per named fixture, then the other options. */
    private static CliRun releaseMeta(Path dir, List<String> metas, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("release-meta"));
        for (String meta : metas) {
            args.add("--meta");
            args.add(fixture(dir, meta).toString());
        }
        args.addAll(List.of(options));
        return CliRun.run(args.toArray(new String[0]));
    }

    /** {@code release-index add --index INDEX --release RELEASE}, then the other options. */
    private static CliRun indexAdd(Path index, Path release, String... options) {
        List<String> args = new ArrayList<>(
                List.of("release-index", "add", "--index", index.toString(), "--release", release.toString()));
        args.addAll(List.of(options));
        return CliRun.run(args.toArray(new String[0]));
    }

    /** A fixture as the CLI prints it: indented by two spaces. */
    private static <T> String printed(DocumentType<T> type, String name) {
        T document = DocumentReader.standard().read(type, TestResources.bytes("pipeline/" + name));
        return DocumentWriter.indented(2).writeString(type, document);
    }

    @Test
    void releaseMetaBuildsTheReleaseOfThreeArchitectures(@TempDir Path dir) throws IOException {
        CliRun run = releaseMeta(dir, List.of("meta-x86_64.json", "meta-aarch64.json", "meta-s390x.json"));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(printed(DocumentType.RELEASE, "release-expected.json"));
        assertThat(run.err).isEmpty();
    }

    @Test
    void releaseMetaMergesIntoAnExistingRelease(@TempDir Path dir) throws IOException {
        Path existing = dir.resolve("release.json");
        CliRun first = releaseMeta(dir, List.of("meta-x86_64.json"));
        Files.writeString(existing, first.out);

        CliRun run =
                releaseMeta(dir, List.of("meta-aarch64.json", "meta-s390x.json"), "--existing", existing.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(printed(DocumentType.RELEASE, "release-expected.json"));
    }

    @Test
    void releaseMetaHonoursStreamBaseUrlAndNoSignatures(@TempDir Path dir) throws IOException {
        CliRun run = releaseMeta(
                dir,
                List.of("meta-aarch64.json"),
                "--stream",
                "next",
                "--base-url",
                "https://mirror.example.org/streams/",
                "--no-signatures");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .startsWith("{\n  \"release\": \"41.20250101.3.0\",\n  \"stream\": \"next\",\n")
                .contains("\"location\": \"https://mirror.example.org/streams/next/builds/41.20250101.3.0/aarch64/"
                        + "fedora-coreos-41.20250101.3.0-qemu.aarch64.qcow2.xz\",\n"
                        + "                \"signature\": \"\",\n");
    }

    @Test
    void releaseMetaReportsAConflictNamingThePlatform(@TempDir Path dir) throws IOException {
        Path existing = dir.resolve("release.json");
        Files.writeString(
                existing,
                TestResources.text("pipeline/release-expected.json")
                        .replace("\"sha256\": \"" + "a".repeat(64) + "\"", "\"sha256\": \"" + "0".repeat(64) + "\""));

        CliRun run = releaseMeta(dir, List.of("meta-aarch64.json"), "--existing", existing.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: architecture aarch64: media \"qemu\" differs from the one already in the"
                        + " release.json\n");
    }

    @Test
    void releaseMetaRejectsAnEmptyStreamAsUsage(@TempDir Path dir) throws IOException {
        CliRun run = releaseMeta(dir, List.of("meta-aarch64.json"), "--stream", "");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).isEqualTo("error: invalid stream \"\": expected a non-empty stream name\n");
    }

    @Test
    void releaseIndexAddPrintsTheNewIndex(@TempDir Path dir) throws IOException {
        Path index = fixture(dir, "releases.json");
        byte[] before = Files.readAllBytes(index);

        CliRun run = indexAdd(index, fixture(dir, "release-expected.json"), "--now", NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(printed(DocumentType.RELEASE_INDEX, "releases-appended.json"));
        assertThat(run.err).isEmpty();
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
    }

    @Test
    void releaseIndexAddWritesInPlaceAndIsIdempotent(@TempDir Path dir) throws IOException {
        Path index = fixture(dir, "releases.json");
        Path release = fixture(dir, "release-expected.json");

        CliRun run = indexAdd(index, release, "--now", NOW, "--write");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(index)).isEqualTo(printed(DocumentType.RELEASE_INDEX, "releases-appended.json"));

        CliRun again = indexAdd(index, release, "--now", "0", "--write");
        assertThat(again.exitCode).as(again.toString()).isZero();
        assertThat(Files.readString(index)).isEqualTo(printed(DocumentType.RELEASE_INDEX, "releases-appended.json"));
    }

    @Test
    void releaseIndexAddStartsANewStreamFromAMissingFile(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("releases.json");

        CliRun run = indexAdd(index, fixture(dir, "release-expected.json"), "--now", NOW, "--write");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(index)).isEqualTo(printed(DocumentType.RELEASE_INDEX, "releases-new-stream.json"));
    }

    @Test
    void releaseIndexAddStartsANewStreamFromAnEmptyObject(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("releases.json");
        Files.writeString(index, " { }\n");

        CliRun run = indexAdd(index, fixture(dir, "release-expected.json"), "--now", NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(printed(DocumentType.RELEASE_INDEX, "releases-new-stream.json"));
        assertThat(Files.readString(index)).isEqualTo(" { }\n");
    }

    @Test
    void releaseIndexAddStillRefusesAnIndexWithoutReleases(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("releases.json");
        Files.writeString(index, "{\"stream\": \"stable\"}");

        CliRun run = indexAdd(index, fixture(dir, "release-expected.json"));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: " + index + ": /releases: missing required field \"releases\" (line 1, column 1)\n");
    }

    @Test
    void releaseIndexAddUsesTheGivenMetadataUrl(@TempDir Path dir) throws IOException {
        CliRun run = indexAdd(
                fixture(dir, "releases.json"),
                fixture(dir, "release-expected.json"),
                "--metadata-url",
                "https://example.org/41/release.json",
                "--now",
                NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .contains(
                        "\"version\": \"41.20250101.3.0\",\n      \"metadata\": \"https://example.org/41/release.json\",");
    }

    @Test
    void releaseIndexAddRefusesAReleaseThatIsNotTheLastEntry(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("releases.json");
        Files.copy(Corpus.file("release-index/fcos-stable-early.json"), index);
        byte[] before = Files.readAllBytes(index);

        CliRun run = indexAdd(index, Corpus.file("release/fcos-stable-33.20201201.3.0.json"), "--write");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: release 33.20201201.3.0 is already in the index at position 25 of 26, not the last"
                        + " one: only the newest release can be updated\n");
        assertThat(Files.readAllBytes(index)).isEqualTo(before);
    }

    @Test
    void releaseIndexWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.run("release-index");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("error: missing subcommand: add\n");
    }

    @Test
    void streamMetaDerivesTheStreamMetadata(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run(
                "stream-meta",
                "--release",
                fixture(dir, "release-expected.json").toString(),
                "--now",
                NOW);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(printed(DocumentType.STREAM, "stream-expected.json"));
        assertThat(run.err).isEmpty();
    }

    @Test
    void streamMetaOfAMissingFileIsInvalidInput() {
        CliRun run = CliRun.run("stream-meta", "--release", "/nonexistent/release.json");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("error: /nonexistent/release.json: no such file\n");
    }
}
