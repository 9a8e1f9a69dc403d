/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.pipeline.MetaStore;
import io.github.coreosrelease.core.testing.Corpus;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OscontainerCommandTest {
    private static final String DROPPED_TO_PINNED =
            "dropped: /base-oscontainer/manifest-list-digest: the pinned shape has no manifest-list digest\n"
                    + "dropped: /base-oscontainer/tags: the pinned shape has no tags\n"
                    + "dropped: /base-oscontainer/additional-images/0/tags: the pinned shape has no tags\n"
                    + "dropped: /extensions-container/manifest-list-digest: the pinned shape has no manifest-list"
                    + " digest\n"
                    + "dropped: /extensions-container/tags: the pinned shape has no tags\n"
                    + "dropped: /kubevirt/tags: the pinned shape has no tags\n";

    private static Path fixture(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, TestResources.bytes("oscontainer/" + name));
        return file;
    }

    private static String metaJson(String fixture) {
        BuildMeta meta =
                DocumentReader.standard().read(DocumentType.META, TestResources.bytes("oscontainer/" + fixture));
        return new String(MetaStore.toJson(meta), StandardCharsets.UTF_8);
    }

    @Test
    void showListsEveryEntryWithNullsForAbsentValues(@TempDir Path dir) throws IOException {
        CliRun run =
                CliRun.run("oscontainer", "show", fixture(dir, "pinned.json").toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("[\n"
                        + "  {\n"
                        + "    \"pointer\": \"/base-oscontainer\",\n"
                        + "    \"shape\": \"pinned\",\n"
                        + "    \"repository\": \"quay.io/fedora/fedora-coreos\",\n"
                        + "    \"digest\": \"sha256:" + "7".repeat(64) + "\",\n"
                        + "    \"manifest-list-digest\": null,\n"
                        + "    \"tags\": null\n"
                        + "  },\n"
                        + "  {\n"
                        + "    \"pointer\": \"/kubevirt\",\n"
                        + "    \"shape\": \"pinned\",\n"
                        + "    \"repository\": \"quay.io/fedora/fedora-coreos-kubevirt\",\n"
                        + "    \"digest\": \"sha256:" + "8".repeat(64) + "\",\n"
                        + "    \"manifest-list-digest\": null,\n"
                        + "    \"tags\": null\n"
                        + "  }\n"
                        + "]\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void showPrintsTheSplitShapeWithTagsAndListDigest(@TempDir Path dir) throws IOException {
        CliRun run =
                CliRun.run("oscontainer", "show", fixture(dir, "split.json").toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .startsWith("[\n"
                        + "  {\n"
                        + "    \"pointer\": \"/base-oscontainer\",\n"
                        + "    \"shape\": \"split\",\n"
                        + "    \"repository\": \"quay.io/fedora/fedora-coreos\",\n"
                        + "    \"digest\": \"sha256:" + "1".repeat(64) + "\",\n"
                        + "    \"manifest-list-digest\": \"sha256:" + "2".repeat(64) + "\",\n"
                        + "    \"tags\": [\n"
                        + "      \"stable\",\n"
                        + "      \"41.20250101.3.0-x86_64\"\n"
                        + "    ]\n"
                        + "  },\n"
                        + "  {\n"
                        + "    \"pointer\": \"/base-oscontainer/additional-images/0\",\n");
        assertThat(run.out.split("\"pointer\"", -1)).hasSize(5);
    }

    @Test
    void showOfADocumentWithoutEntriesIsAnEmptyArray() {
        CliRun run = CliRun.run(
                "oscontainer", "show", Corpus.file("meta/fcos-x86_64.json").toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("[]\n");
    }

    @Test
    void migratePrintsTheMigratedDocumentAndListsWhatWasDropped(@TempDir Path dir) throws IOException {
        Path file = fixture(dir, "split.json");
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.run("oscontainer", "migrate", "--to", "pinned", file.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo(metaJson("split-to-pinned.json"));
        assertThat(run.err).isEqualTo(DROPPED_TO_PINNED);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void migrateWithWriteReplacesTheFileAndPrintsNothing(@TempDir Path dir) throws IOException {
        Path file = fixture(dir, "split.json");

        CliRun run = CliRun.run("oscontainer", "migrate", "--to", "pinned", "--write", file.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo(DROPPED_TO_PINNED);
        assertThat(Files.readString(file)).isEqualTo(metaJson("split-to-pinned.json"));
    }

    @Test
    void theLegacyRhcosMetaGoesToSplitAndBackInPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        byte[] original = Files.readAllBytes(Corpus.file("meta/rhcos-x86_64-legacy-oscontainer.json"));
        Files.write(file, original);

        CliRun toSplit = CliRun.run("oscontainer", "migrate", "--to", "split", "--write", file.toString());
        assertThat(toSplit.exitCode).as(toSplit.toString()).isZero();
        assertThat(toSplit.err).isEmpty();
        CliRun shown = CliRun.run("oscontainer", "show", file.toString());
        assertThat(shown.out).contains("\"pointer\": \"/base-oscontainer\",\n    \"shape\": \"split\",");

        CliRun back = CliRun.run("oscontainer", "migrate", "--to", "legacy", "--write", file.toString());
        assertThat(back.exitCode).as(back.toString()).isZero();
        assertThat(back.err).isEmpty();
        assertThat(JsonTrees.tree(Files.readAllBytes(file))).isEqualTo(JsonTrees.tree(original));
    }

    @Test
    void aMalformedDigestIsInvalidInputNamingFileAndPointer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(
                file,
                TestResources.text("oscontainer/pinned.json")
                        .replace("fedora-coreos@sha256:" + "7".repeat(64), "fedora-coreos@sha256:77"));

        CliRun run = CliRun.run("oscontainer", "migrate", "--to", "split", file.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: " + file + ": /base-oscontainer/image: invalid image reference"
                        + " \"quay.io/fedora/fedora-coreos@sha256:77\": expected a digest after '@': exactly 64 lowercase hex"
                        + " characters after \"sha256:\", but found 2 characters (line 9, column 18)\n");
    }

    @Test
    void aMissingArchDigestIsARefusalNamingFileAndPointer(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("meta.json");
        Files.writeString(
                file,
                TestResources.text("oscontainer/legacy.json")
                        .replace("\"digest\": \"sha256:" + "a".repeat(64) + "\",", ""));
        byte[] before = Files.readAllBytes(file);

        CliRun run = CliRun.run("oscontainer", "migrate", "--to", "pinned", "--write", file.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err)
                .isEqualTo("error: " + file + ": /oscontainer/digest: missing, but the pinned shape needs the"
                        + " architecture-specific digest\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun badShape = CliRun.run("oscontainer", "migrate", "--to", "flat", "meta.json");
        assertThat(badShape.exitCode).isEqualTo(2);
        assertThat(badShape.err)
                .startsWith("error: Invalid value for option '--to': unknown shape 'flat', expected one of legacy,"
                        + " pinned, split\n");

        CliRun stdinWrite = CliRun.withStdin("{}", "oscontainer", "migrate", "--to", "split", "--write", "-");
        assertThat(stdinWrite.exitCode).isEqualTo(2);
        assertThat(stdinWrite.err).isEqualTo("error: --write needs a file path, not standard input or a URL: -\n");

        CliRun noSubcommand = CliRun.run("oscontainer");
        assertThat(noSubcommand.exitCode).isEqualTo(2);
        assertThat(noSubcommand.err).startsWith("error: missing subcommand: show or migrate\n");
    }
}
