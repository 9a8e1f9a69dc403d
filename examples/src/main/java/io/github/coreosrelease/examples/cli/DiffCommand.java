/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.diff.DiffFormat;
import io.github.coreosrelease.schema.diff.GraphDiff;
import io.github.coreosrelease.schema.diff.GraphDiffer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diff}: what a change to the updates document does to one architecture's update graph. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release diff --releases releases.json --before updates/stable.json \\",
            "      --after updates-proposed.json --basearch x86_64 --oci"
        },
        description = {
            "Compare the update graphs of one architecture before and after an updates change: releases whose"
                    + " barrier, dead-end or rollout changed (~), and edges removed (-) and added (+).",
            "Prints nothing when the graphs are the same."
        })
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Option(
            names = "--releases",
            required = true,
            paramLabel = "SRC",
            description = "The release index: file, - or URL.")
    String releases;

    @Option(names = "--before", required = true, paramLabel = "UPDATES", description = "The updates document before.")
    String before;

    @Option(names = "--after", required = true, paramLabel = "UPDATES", description = "The updates document after.")
    String after;

    @Mixin
    BasearchOption basearch;

    @Mixin
    OciOption oci;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
        }
        Inputs.requireStdinAtMostOnce(List.of(releases, before, after));
        ReleaseIndex index = size.inputs().read(DocumentType.RELEASE_INDEX, releases);
        Updates old = size.inputs().read(DocumentType.UPDATES, before);
        Updates updated = size.inputs().read(DocumentType.UPDATES, after);
        DocumentPair.requireArchitecture(index, basearch.value);
        String stream = updated.stream().isEmpty() ? "unnamed" : updated.stream();
        GraphDiff diff = GraphDiffer.diffUpdates(index, old, updated, Scope.of(stream, basearch.value, oci.value));
        spec.commandLine().getOut().print(format.equals("json") ? DiffFormat.json(diff) : DiffFormat.text(diff));
        return 0;
    }
}
