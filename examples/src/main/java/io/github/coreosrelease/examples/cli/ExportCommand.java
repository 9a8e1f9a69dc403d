/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.GraphSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = createTemporarySibling(target, content.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new UncheckedIOException(
                        target + ": cannot write atomically: the file system does not support atomic renames", e);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The write already failed and is reported; a leftover temporary file is harmless.
                }
            }
        }
    }

    /**
     * Writes the content to a new hidden file next to the target. Unlike {@code
     * Files.createTempFile}, the file gets the default permissions, so the renamed graph is as
     * readable as any other file the user creates.
     */
    private static Path createTemporarySibling(Path target, byte[] content) throws IOException {
        String prefix =
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling(prefix + attempt + ".tmp");
            try {
                Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 99) {
                    throw e;
                }
            } catch (IOException e) {
                // Created but not fully written (e.g. a full disk): do not leave it behind.
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }
}
