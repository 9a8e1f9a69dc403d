/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollout-plan}: exact rows, fleet turns and charts for a small updates document of our own. */
class RolloutPlanCommandTest {
    /** 50.0 has no rollout; 50.2 has no duration; 50.3 starts after the plan ends. */
    private static final String UPDATES = "{\"stream\": \"s\", \"releases\": ["
            + "{\"version\": \"50.0\", \"metadata\": {}},"
            + "{\"version\": \"50.1\", \"metadata\": {\"rollout\": {\"start_epoch\": 1000,"
            + " \"start_percentage\": 0.2, \"duration_minutes\": 10}}},"
            + "{\"version\": \"50.2\", \"metadata\": {\"rollout\": {\"start_epoch\": 1300,"
            + " \"start_percentage\": 0.5}}},"
            + "{\"version\": \"50.3\", \"metadata\": {\"rollout\": {\"start_epoch\": 5000,"
            + " \"duration_minutes\": 1}}}]}";

    @TempDir
    Path dir;

    private Path updates() throws IOException {
        return Files.writeString(dir.resolve("updates.json"), UPDATES);
    }

    /** {@code rollout-plan --updates FILE} on {@link #UPDATES}, then the other options. */
    private CliRun plan(String... options) throws IOException {
        List<String> args =
                new ArrayList<>(List.of("rollout-plan", "--updates", updates().toString()));
        args.addAll(List.of(options));
        return CliRun.run(args.toArray(new String[0]));
    }

    @Test
    void oneRowPerStepAndRolloutWithBothEnds() throws IOException {
        CliRun run = plan("--from", "900", "--to", "1700", "--step", "300", "--format", "csv");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                time,version,share
                900,50.1,0
                900,50.2,0
                900,50.3,0
                1200,50.1,0.46666666666666673
                1200,50.2,0
                1200,50.3,0
                1500,50.1,0.8666666666666667
                1500,50.2,0.5
                1500,50.3,0
                1700,50.1,1
                1700,50.2,0.5
                1700,50.3,0
                """);
    }

    @Test
    void fleetTurnsUseTheDerivedWariness() throws IOException {
        Path fleet = Files.writeString(dir.resolve("fleet"), "node-a\n\ne0f3745b108f471cbd4883c6fbed8cdd\n");
        CliRun run = plan(
                "--release", "50.1", "--from", "1000", "--to", "1000", "--format", "csv", "--fleet", fleet.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("""
                time,version,share
                1000,50.1,0.2

                node_uuid,wariness,version,offered_at
                node-a,0.5711827789480507,50.1,1279
                e0f3745b108f471cbd4883c6fbed8cdd,0.6533234000651716,50.1,1340
                """);
    }

    @Test
    void fleetTurnsInTheFutureOrNever() throws IOException {
        Path fleet = Files.writeString(dir.resolve("fleet"), "node-a\n");
        CliRun never = plan("--release", "50.2", "--from", "0", "--to", "0", "--fleet", fleet.toString());
        CliRun later = plan("--release", "50.3", "--from", "0", "--to", "0", "--fleet", fleet.toString());

        assertThat(never.out).endsWith("\nnode-a,0.5711827789480507,50.2,never\n");
        assertThat(later.out).endsWith("\nnode-a,0.5711827789480507,50.3,5035\n");
    }

    @Test
    void svgNamesEveryRolloutAndIsTheSameTwice() throws IOException {
        CliRun first = plan("--from", "900", "--to", "1700", "--format", "svg");
        CliRun second = plan("--from", "900", "--to", "1700", "--format", "svg");

        assertThat(first.exitCode).as(first.toString()).isZero();
        assertThat(first.out)
                .contains("<svg ")
                .contains(">50.1<", ">50.2<", ">50.3<", ">Share of the fleet offered each rollout, stream s<");
        assertThat(second.out).isEqualTo(first.out);
    }

    @Test
    void pngHasTheSignatureAndSize() throws IOException {
        Path png = dir.resolve("plan.png");
        CliRun run = plan("--from", "900", "--to", "1700", "--format", "png", "--out", png.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        // IHDR: width and height, big-endian, at bytes 16 to 23.
        assertThat(java.nio.ByteBuffer.wrap(bytes, 16, 8).getInt()).isEqualTo(800);
        assertThat(java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt()).isEqualTo(450);
    }

    @Test
    void outReplacesTheFileByARenameOnlyWhenThePlanIsComplete() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.csv"), "old plan\n");
        // A second name of the old file, as a reader that opened it before the write holds it.
        Path openedBefore = Files.createLink(dir.resolve("opened-before"), file);
        Path stale = Files.writeString(dir.resolve(".plan.csv.12345.tmp"), "left by a killed writer");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(0)); // long past AtomicFiles.STALE_AFTER

        CliRun refused = plan("--release", "50.0", "--from", "0", "--to", "1", "--out", file.toString());
        String afterRefusal = Files.readString(file);
        CliRun run =
                plan("--release", "50.1", "--from", "1000", "--to", "1600", "--step", "600", "--out", file.toString());

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(afterRefusal).isEqualTo("old plan\n");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("time,version,share\n1000,50.1,0.2\n1600,50.1,1\n");
        assertThat(Files.readString(openedBefore)).isEqualTo("old plan\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("plan.csv", "opened-before", "updates.json");
        }
    }

    @Test
    void badInputIsAUsageOrInputError() throws IOException {
        CliRun format = plan("--from", "0", "--to", "1", "--format", "gif");
        CliRun backwards = plan("--from", "2", "--to", "1");
        CliRun release = plan("--release", "50.0", "--from", "0", "--to", "1");

        assertThat(format.exitCode).isEqualTo(2);
        assertThat(format.err).startsWith("error: --format must be csv, svg or png, got 'gif'\n");
        assertThat(backwards.exitCode).isEqualTo(2);
        assertThat(backwards.err).startsWith("error: --to (1) is before --from (2)\n");
        assertThat(release.exitCode).isEqualTo(1);
        assertThat(release.err)
                .isEqualTo("error: " + dir.resolve("updates.json")
                        + ": 50.0 has no rollout; rollouts: 50.1, 50.2, 50.3\n");
    }
}
