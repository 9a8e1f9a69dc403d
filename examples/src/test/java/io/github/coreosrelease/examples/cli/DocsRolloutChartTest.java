/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.graph.policy.RolloutPlan;
import io.github.coreosrelease.graph.policy.RolloutShare;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rollout-plan.svg, the chart the README shows, is what the README's command draws from the
 * bundled sample stream now.
 *
 * <p>Not byte for byte: JFreeSVG places text with AWT's font metrics, which differ between
 * machines and JDKs (CI also runs on Temurin 25, with other fonts than a developer's machine).
 * {@link RolloutChart} keeps everything but the text out of the metrics' reach, so the comparison is
 * of the {@link ChartGeometry}: every shape of the plot exactly (each rollout's line is one path
 * of the plan's points), and the labels' text in order, not where they land.
 */
class DocsRolloutChartTest {
    private static final String CHART = "docs/rollout-plan.svg";
    private static final String SAMPLES = "examples/src/main/resources/io/github/coreosrelease/examples/samples";
    private static final String TITLE = "Share of the fleet offered each rollout, stream sample";

    @TempDir
    Path dir;

    @Test
    void committedChartIsWhatTheReadmeCommandDrawsNow() throws IOException {
        Path root = ProjectFiles.root();
        String command = readmeCommand(root);
        List<String> args = new ArrayList<>(DocShell.parse(
                        command.substring("$J ".length()),
                        Map.of("S", root.resolve(SAMPLES).toString()))
                .words());
        Path fresh = dir.resolve("rollout-plan.svg");
        args.set(args.size() - 1, fresh.toString());

        CliRun run = CliRun.run(args.toArray(new String[0]));

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(ChartGeometry.of(Files.readString(root.resolve(CHART))))
                .as("%s is stale: draw it again with the README's command: %s", CHART, command)
                .isEqualTo(ChartGeometry.of(Files.readString(fresh)));
    }

    @Test
    void otherFontsMoveOnlyTextButAnotherPlanChangesItsLine() throws IOException {
        String updates = Files.readString(Path.of(Samples.UPDATES));
        String sansSerif = svg(plan(updates), Font.SANS_SERIF);
        String serif = svg(plan(updates), Font.SERIF);
        // 41.20241215.3.0 over two days instead of three.
        String shorter = svg(plan(updates.replace("\"duration_minutes\": 4320", "\"duration_minutes\": 2880")), null);

        assertThat(serif).isNotEqualTo(sansSerif);
        assertThat(ChartGeometry.of(serif)).isEqualTo(ChartGeometry.of(sansSerif));
        assertThat(ChartGeometry.of(shorter).texts())
                .isEqualTo(ChartGeometry.of(sansSerif).texts());
        assertThat(differences(
                        ChartGeometry.of(sansSerif).shapes(),
                        ChartGeometry.of(shorter).shapes()))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("path {d=M"));
        assertThat(ChartGeometry.of(sansSerif).texts())
                .containsExactly(
                        TITLE,
                        "2024-11-28",
                        "2024-12-05",
                        "2024-12-12",
                        "2024-12-19",
                        "time (UTC)",
                        "0%",
                        "10%",
                        "20%",
                        "30%",
                        "40%",
                        "50%",
                        "60%",
                        "70%",
                        "80%",
                        "90%",
                        "100%",
                        "40.20240602.3.0",
                        "41.20241122.3.0",
                        "41.20241215.3.0");
    }

    private static String readmeCommand(Path root) throws IOException {
        List<String> commands = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("$J rollout-plan ") && line.endsWith(" --out " + CHART))
                .toList();
        assertThat(commands).as("the README's command that draws %s", CHART).hasSize(1);
        return commands.get(0);
    }

    /** The sample stream's plan over the README chart's span. */
    private static List<RolloutShare> plan(String updatesJson) {
        return RolloutPlan.shares(
                RolloutPlan.schedules(DocumentReader.standard().read(DocumentType.UPDATES, updatesJson)),
                1732665600,
                1734652800,
                3600);
    }

    private static String svg(List<RolloutShare> rows, String fontFamily) {
        byte[] svg = fontFamily == null ? RolloutChart.svg(TITLE, rows) : RolloutChart.svg(TITLE, rows, fontFamily);
        return new String(svg, StandardCharsets.UTF_8);
    }

    /** The lines of {@code changed} that are not at the same place in {@code original}. */
    private static List<String> differences(List<String> original, List<String> changed) {
        assertThat(changed).hasSameSizeAs(original);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (!original.get(i).equals(changed.get(i))) {
                differing.add(changed.get(i));
            }
        }
        return differing;
    }
}
