/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.pipeline.AtomicFiles;
import io.github.coreosrelease.graph.GraphSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the unthrottled graphs of every served architecture (the reference's four
 * and any the index names, SPEC §2.4; empty graphs for those without releases), {@code
 * DIR/<arch>/checksum.json} and {@code DIR/<arch>/oci.json}, each through a temporary file and an atomic rename so that a
 * reader never sees a torn file. Prints the written paths, one per line.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release export --stream stable --updates updates/stable.json \\",
            "      --out graphs --releases \\",
            "      https://builds.coreos.fedoraproject.org/prod/streams/stable/releases.json"
        },
        description = {
            "Write DIR/<arch>/checksum.json and DIR/<arch>/oci.json for x86_64, aarch64, ppc64le, s390x",
            "and every other architecture the index names; empty graphs for those without releases."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GraphSources sources;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output directory.")
    Path out;

    @Override
    public Integer call() {
        GraphSet graphs = sources.buildAll();
        PrintWriter stdout = spec.commandLine().getOut();
        for (String arch : graphs.architectures()) {
            if (arch.equals(".") || arch.equals("..") || arch.contains("/") || arch.contains("\\")) {
                throw new InputException(
                        sources.releases + ": architecture \"" + arch + "\" cannot name a directory", null);
            }
            Path dir = out.resolve(arch);
            for (boolean oci : new boolean[] {false, true}) {
                CincinnatiGraph graph = graphs.graph(arch, oci).orElseThrow();
                Path target = dir.resolve(oci ? "oci.json" : "checksum.json");
                writeAtomically(target, DocumentWriter.compact().writeString(DocumentType.GRAPH, graph) + "\n");
                stdout.println(target);
            }
        }
        return 0;
    }

    private static void writeAtomically(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        }
        AtomicFiles.write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
