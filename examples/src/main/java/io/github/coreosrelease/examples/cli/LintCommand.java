/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.schema.lint.DocumentLocation;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.FindingFormat;
import io.github.coreosrelease.schema.lint.Linter;
import io.github.coreosrelease.schema.lint.Severity;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        footerHeading = "%nExamples:%n",
        footer = {
            "  coreos-release lint --releases releases.json --updates updates/stable.json",
            "  coreos-release lint --graph graphs/x86_64/oci.json --format json"
        },
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

    @Mixin
    DocumentSizeOption size;

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

    @Option(
            names = "--payload-aliases",
            paramLabel = "SRC",
            description = "Payload aliases: check each entry adds an alias node, and lint the OCI graphs with them.")
    String payloadAliases;

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
            if (releases != null || updates != null || basearch != null || payloadAliases != null) {
                throw new UsageException(
                        "--graph cannot be combined with --releases, --updates, --basearch or --payload-aliases");
            }
            return report(GraphDocumentLint.lint(linter, size.inputs(), graphs), DocumentLocation::defaultName);
        }
        if (releases == null || updates == null) {
            throw new UsageException("give --releases and --updates, or --graph");
        }
        if (payloadAliases != null && basearch != null) {
            throw new UsageException("--payload-aliases checks every architecture: leave out --basearch");
        }
        Inputs.requireStdinAtMostOnce(Arrays.asList(releases, updates, payloadAliases));
        DocumentPair documents = DocumentPair.read(size.inputs(), releases, updates);
        List<Finding> findings;
        if (payloadAliases != null) {
            findings = linter.lint(
                    documents.index(),
                    documents.updates(),
                    size.inputs().read(DocumentType.PAYLOAD_ALIASES, payloadAliases));
        } else if (basearch != null) {
            DocumentPair.requireArchitecture(documents.index(), basearch);
            findings = linter.lint(documents.index(), documents.updates(), basearch);
        } else {
            findings = linter.lint(documents.index(), documents.updates());
        }
        return report(findings, kind -> switch (kind) {
            case UPDATES -> documents.updatesSource();
            case PAYLOAD_ALIASES -> payloadAliases;
            default -> documents.indexSource();
        });
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
            return Linter.withClock(clock).withLimits(size.limits());
        }
        try {
            return Linter.at(now).withLimits(size.limits());
        } catch (InvalidValueException e) {
            throw new UsageException("--now: " + e.getMessage());
        }
    }
}
