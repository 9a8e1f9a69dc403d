/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.oscontainer.ContainerShape;
import io.github.coreosrelease.core.oscontainer.DroppedValue;
import io.github.coreosrelease.core.oscontainer.MigrationResult;
import io.github.coreosrelease.core.oscontainer.OscontainerMigration;
import io.github.coreosrelease.core.pipeline.MetaStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code oscontainer migrate}: rewrites the container entries of a meta.json in one shape; what the
 * shape cannot hold is listed on stderr as {@code dropped: POINTER: why}.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Migrate the container image entries of a meta.json to one shape.",
            "Prints the result, or replaces the file atomically with --write. Values the shape cannot",
            "hold are listed on stderr as 'dropped: POINTER: why'."
        })
final class OscontainerMigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--to",
            required = true,
            converter = ShapeOption.Converter.class,
            completionCandidates = ShapeOption.Names.class,
            description = "Target shape: ${COMPLETION-CANDIDATES}.")
    ContainerShape target;

    @Option(
            names = "--tag",
            paramLabel = "TAG",
            description = "With --to split: give the OS container this tag (e.g. stable), which legacy and pinned"
                    + " entries lack and release-meta needs as the floating tag.")
    String tag;

    @Option(names = "--write", description = "Replace the file in place (atomically, under a lock).")
    boolean write;

    @Parameters(paramLabel = "META_JSON", description = "The meta.json, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        if (tag != null && target != ContainerShape.SPLIT) {
            throw new UsageException("--tag needs --to split: only the split shape has tags");
        }
        MigrationResult result;
        if (write) {
            if (file.equals("-") || file.startsWith("http://") || file.startsWith("https://")) {
                throw new UsageException("--write needs a file path, not standard input or a URL: " + file);
            }
            AtomicReference<MigrationResult> migrated = new AtomicReference<>();
            reporting(() -> MetaStore.update(Path.of(file), meta -> {
                migrated.set(migrate(meta));
                return migrated.get().meta();
            }));
            result = migrated.get();
        } else {
            BuildMeta meta = Inputs.read(DocumentType.META, file);
            result = reporting(() -> migrate(meta));
            spec.commandLine().getOut().print(new String(MetaStore.toJson(result.meta()), StandardCharsets.UTF_8));
        }
        PrintWriter err = spec.commandLine().getErr();
        for (DroppedValue dropped : result.dropped()) {
            err.println("dropped: " + dropped.pointer() + ": " + dropped.reason());
        }
        return 0;
    }

    private MigrationResult migrate(BuildMeta meta) {
        if (tag == null) {
            return OscontainerMigration.migrate(meta, target);
        }
        try {
            return OscontainerMigration.migrateToSplit(meta, tag);
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Runs a step whose errors name a place in the file, prefixing them with the file. */
    private <T> T reporting(Supplier<T> step) {
        try {
            return step.get();
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(file, e), e);
        } catch (ConversionException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }
}
