/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.pipeline.AtomicFiles;
import io.github.coreosrelease.graph.internal.MetadataNumbers;
import io.github.coreosrelease.graph.policy.NodeTurn;
import io.github.coreosrelease.graph.policy.RolloutPlan;
import io.github.coreosrelease.graph.policy.RolloutSchedule;
import io.github.coreosrelease.graph.policy.RolloutShare;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rollout-plan}: the share of the fleet offered each rollout of an updates document over
 * time, as CSV rows {@code time,version,share} or as a chart; with a fleet, when each node's turn
 * comes.
 */
@Command(
        name = "rollout-plan",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release rollout-plan --updates updates.json \\",
            "      --from 1734300000 --to 1734400000 --step 21600 --format csv"
        },
        description = {
            "Print the share of the fleet offered each rollout from --from to --to (both included),",
            "as CSV or as an SVG or PNG chart; with --fleet, also when each node's turn comes (CSV)."
        })
final class RolloutPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Option(
            names = "--updates",
            required = true,
            paramLabel = "SRC",
            description = "The updates metadata: a file, - or an http(s) URL.")
    String updates;

    @Option(names = "--release", paramLabel = "V", description = "Only this release's rollout.")
    String release;

    @Option(names = "--from", required = true, paramLabel = "EPOCH", description = "The first instant (epoch seconds).")
    long from;

    @Option(names = "--to", required = true, paramLabel = "EPOCH", description = "The last instant (epoch seconds).")
    long to;

    @Option(
            names = "--step",
            defaultValue = "3600",
            paramLabel = "SECONDS",
            description = "The time between rows (default 3600).")
    long step;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "csv (default), svg or png.")
    String format;

    @Option(
            names = "--fleet",
            paramLabel = "FILE",
            description = "Node UUIDs, one a line: list when each node's turn comes (csv only).")
    String fleet;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        if (!List.of("csv", "svg", "png").contains(format)) {
            throw new UsageException("--format must be csv, svg or png, got '" + format + "'");
        }
        if (fleet != null && !format.equals("csv")) {
            throw new UsageException("--fleet lists the nodes as CSV: use --format csv");
        }
        if (format.equals("png") && out == null) {
            throw new UsageException("--format png writes binary data: give --out FILE");
        }
        if (to < from) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        if (step <= 0) {
            throw new UsageException("--step must be a positive number of seconds, got " + step);
        }
        Inputs.requireStdinAtMostOnce(Arrays.asList(updates, fleet));
        Updates document = size.inputs().read(DocumentType.UPDATES, updates);
        List<String> nodes = fleet == null ? List.of() : nodes();
        Map<String, RolloutSchedule> rollouts = RolloutPlan.schedules(document);
        if (release != null) {
            RolloutSchedule only = rollouts.get(release);
            if (only == null) {
                throw new InputException(
                        updates + ": " + release + " has no rollout; rollouts: "
                                + (rollouts.isEmpty() ? "none" : String.join(", ", rollouts.keySet())),
                        null);
            }
            rollouts = Map.of(release, only);
        }
        List<RolloutShare> rows;
        try {
            rows = RolloutPlan.shares(rollouts, from, to, step);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String title = "Share of the fleet offered each rollout"
                + (document.stream().isEmpty() ? "" : ", stream " + document.stream());
        byte[] result = switch (format) {
            case "svg" -> RolloutChart.svg(title, rows);
            case "png" -> RolloutChart.png(title, rows);
            default ->
                csv(rows, fleet == null ? Optional.empty() : Optional.of(RolloutPlan.turns(rollouts, nodes, from)))
                        .getBytes(StandardCharsets.UTF_8);
        };
        if (out != null) {
            // Built in full above; a reader of the file sees the old plan or the new one, never half.
            AtomicFiles.write(out, result);
        } else {
            spec.commandLine().getOut().print(new String(result, StandardCharsets.UTF_8));
        }
        return 0;
    }

    private List<String> nodes() {
        String text = new String(size.inputs().bytes(fleet), StandardCharsets.UTF_8);
        List<String> nodes = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String uuid = line.strip();
            if (!uuid.isEmpty()) {
                nodes.add(uuid);
            }
        }
        return nodes;
    }

    /** The share rows; with a fleet, a blank line, a header and one row per node and rollout. */
    private static String csv(List<RolloutShare> rows, Optional<List<NodeTurn>> fleetTurns) {
        StringBuilder csv = new StringBuilder("time,version,share\n");
        for (RolloutShare row : rows) {
            csv.append(row.epochSeconds())
                    .append(',')
                    .append(row.version())
                    .append(',')
                    .append(MetadataNumbers.format(row.share()))
                    .append('\n');
        }
        if (fleetTurns.isPresent()) {
            csv.append("\nnode_uuid,wariness,version,offered_at\n");
            for (NodeTurn turn : fleetTurns.get()) {
                csv.append(turn.nodeUuid())
                        .append(',')
                        .append(MetadataNumbers.format(turn.wariness()))
                        .append(',')
                        .append(turn.version())
                        .append(',')
                        .append(
                                turn.offeredAt().isPresent()
                                        ? Long.toString(turn.offeredAt().getAsLong())
                                        : "never")
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
