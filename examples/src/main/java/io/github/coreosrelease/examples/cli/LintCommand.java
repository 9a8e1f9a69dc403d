/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.schema.lint.DocumentLocation;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.FindingFormat;
import io.github.coreosrelease.schema.lint.Linter;
import io.github.coreosrelease.schema.lint.Severity;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lint}: semantic checks of a release index and updates pair and of their graphs, or of graph
 * documents as served (SPEC §5).
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Check a release index and updates document, and the update graphs built from them, for problems no"
                    + " schema can see; or, with --graph, graph documents as served on /v1/graph or written by"
                    + " export. One line per finding: SEVERITY RULE-ID LOCATION: message.",
            "Exit 1 when any finding is an error."
        })
final class LintCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--releases",
            paramLabel = "SRC",
            description = "The release index: file, - or URL (with --updates).")
    String releases;

    @Option(
            names = "--updates",
            paramLabel = "SRC",
            description = "The updates document: file, - or URL (with --releases).")
    String updates;

    @Option(
            names = "--graph",
            paramLabel = "SRC",
            description =
                    "A graph document to check instead of --releases and --updates: file, - or URL;" + " repeatable.")
    List<String> graphs;

    @Option(
            names = "--basearch",
            paramLabel = "ARCH",
            description = "Check only this architecture's graphs (default: every architecture).")
    String basearch;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    String format;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "The current time in seconds since the epoch (default: now), for rollout-far-future.")
    Long now;

    LintCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
        }
        Linter linter = linter();
        if (graphs != null) {
            if (releases != null || updates != null || basearch != null) {
                throw new UsageException("--graph cannot be combined with --releases, --updates or --basearch");
            }
            return report(GraphDocumentLint.lint(linter, graphs), DocumentLocation::defaultName);
        }
        if (releases == null || updates == null) {
            throw new UsageException("give --releases and --updates, or --graph");
        }
        DocumentPair documents = DocumentPair.read(releases, updates);
        List<Finding> findings;
        if (basearch != null) {
            DocumentPair.requireArchitecture(documents.index(), basearch);
            findings = linter.lint(documents.index(), documents.updates(), basearch);
        } else {
            findings = linter.lint(documents.index(), documents.updates());
        }
        return report(
                findings, kind -> kind == DocumentKind.UPDATES ? documents.updatesSource() : documents.indexSource());
    }

    private int report(List<Finding> findings, Function<DocumentKind, String> names) {
        spec.commandLine()
                .getOut()
                .print(
                        format.equals("json")
                                ? FindingFormat.json(findings, names)
                                : FindingFormat.text(findings, names));
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Main.EXIT_INVALID : 0;
    }

    private Linter linter() {
        if (now == null) {
            return Linter.withClock(clock);
        }
        try {
            return Linter.at(now);
        } catch (InvalidValueException e) {
            throw new UsageException("--now: " + e.getMessage());
        }
    }
}
