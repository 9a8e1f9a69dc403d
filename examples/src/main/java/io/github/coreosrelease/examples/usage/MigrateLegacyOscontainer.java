/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.oscontainer.ContainerEntries;
import io.github.coreosrelease.core.oscontainer.ContainerEntry;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.oscontainer.MigrationResult;
import io.github.coreosrelease.core.oscontainer.OscontainerMigration;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Migrates the legacy {@code oscontainer} entry of a {@code meta.json} to the split {@code
 * base-oscontainer} shape, prints the shapes before and after, what could not be carried over, and
 * the migrated document.
 *
 * <p>Usage: {@code MigrateLegacyOscontainer [meta.json]} (default: a bundled RHCOS-style build).
 */
public final class MigrateLegacyOscontainer {
    private MigrateLegacyOscontainer() {}

    /**
     * Runs the example on standard output.
     *
     * @param args an optional path to a {@code meta.json}
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args an optional path to a {@code meta.json}
     * @param out where the report and the document go
     */
    public static void run(String[] args, PrintStream out) {
        BuildMeta meta = DocumentReader.standard()
                .read(DocumentType.META, SampleFiles.read(args, 0, "usage/meta-legacy-oscontainer.json"));
        print("before", meta, out);
        MigrationResult result = OscontainerMigration.migrate(meta, ContainerShape.SPLIT);
        print("after", result.meta(), out);
        result.dropped().forEach(dropped -> out.println("dropped " + dropped.pointer() + ": " + dropped.reason()));
        out.print(DocumentWriter.indented(2).writeString(DocumentType.META, result.meta()));
    }

    private static void print(String when, BuildMeta meta, PrintStream out) {
        for (ContainerEntry entry : ContainerEntries.list(meta)) {
            out.println(
                    when + ": " + entry.pointer() + " " + entry.shape().name().toLowerCase(Locale.ROOT));
        }
    }
}
