/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.release.ReleaseOciImage;
import io.github.coreosrelease.core.testing.TestResources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oscontainer migrate --tag} and {@code release-meta --floating-tag} (issue 15). */
class FloatingTagCommandsTest {
    private static final String IMAGE = "quay.io/openshift-release-dev/ocp-v4.0-art-dev";
    private static final ReleaseOciImage EXPECTED = ReleaseOciImage.builder()
            .image(IMAGE + ":stable")
            .digestRef(IMAGE + "@sha256:" + "a".repeat(64))
            .build();

    @TempDir
    Path dir;

    private Path legacy() throws IOException {
        Path file = dir.resolve("meta.json");
        Files.write(file, TestResources.bytes("oscontainer/legacy.json"));
        return file;
    }

    private static ReleaseOciImage ociImage(CliRun run) {
        assertThat(run.exitCode).as(run.toString()).isZero();
        Release release =
                DocumentReader.standard().read(DocumentType.RELEASE, run.out.getBytes(StandardCharsets.UTF_8));
        return release.architectures().get("x86_64").ociImage().orElseThrow();
    }

    @Test
    void aLegacyEntryMigratedWithATagIsReadyForReleaseMeta() throws IOException {
        Path meta = legacy();

        CliRun migrate =
                CliRun.run("oscontainer", "migrate", "--to", "split", "--tag", "stable", "--write", meta.toString());

        assertThat(migrate.exitCode).as(migrate.toString()).isZero();
        assertThat(migrate.err).isEmpty();
        assertThat(ociImage(CliRun.run("release-meta", "--meta", meta.toString(), "--stream", "stable")))
                .isEqualTo(EXPECTED);
    }

    @Test
    void releaseMetaTakesTheFloatingTagForAnUntaggedEntry() throws IOException {
        Path meta = legacy();
        CliRun migrate = CliRun.run("oscontainer", "migrate", "--to", "split", "--write", meta.toString());
        assertThat(migrate.exitCode).as(migrate.toString()).isZero();

        CliRun refused = CliRun.run("release-meta", "--meta", meta.toString(), "--stream", "stable");

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err)
                .isEqualTo("error: meta.json of build 410.84.202205191234-0 for x86_64: /base-oscontainer/tags:"
                        + " expected exactly one floating tag (a tag without the build ID \"410.84.202205191234-0\"),"
                        + " found none among []; name it with the floating-tag option (release-meta --floating-tag"
                        + " TAG)\n");
        assertThat(ociImage(CliRun.run(
                        "release-meta", "--meta", meta.toString(), "--stream", "stable", "--floating-tag", "stable")))
                .isEqualTo(EXPECTED);
    }

    @Test
    void badTagsAreUsageErrors() throws IOException {
        Path meta = legacy();

        CliRun pinned = CliRun.run("oscontainer", "migrate", "--to", "pinned", "--tag", "stable", meta.toString());
        CliRun malformed = CliRun.run("oscontainer", "migrate", "--to", "split", "--tag", "a b", meta.toString());
        CliRun floating = CliRun.run("release-meta", "--meta", meta.toString(), "--floating-tag", ":x");

        assertThat(pinned.exitCode).isEqualTo(2);
        assertThat(pinned.err).startsWith("error: --tag needs --to split: only the split shape has tags\n");
        assertThat(malformed.exitCode).isEqualTo(2);
        assertThat(malformed.err)
                .startsWith("error: invalid tag \"a b\": expected an image tag such as stable"
                        + " ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})\n");
        assertThat(floating.exitCode).isEqualTo(2);
        assertThat(floating.err)
                .startsWith("error: invalid floating tag \":x\": expected an image tag such as stable"
                        + " ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})\n");
    }
}
