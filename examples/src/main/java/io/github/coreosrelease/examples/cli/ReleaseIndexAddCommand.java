/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.pipeline.AtomicFiles;
import io.github.coreosrelease.core.pipeline.IndexChange;
import io.github.coreosrelease.core.pipeline.IndexUpdate;
import io.github.coreosrelease.core.pipeline.LockedFiles;
import io.github.coreosrelease.core.pipeline.ReleaseIndexUpdater;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code release-index add}: adds a release to the index, replacing its entry when it grew, and
 * refusing when the index would lose data (SPEC §4.2).
 */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add a release to a release index.",
            "Prints the new index, or replaces the file atomically with --write. Re-adding the last",
            "release is a no-op; a release that is not the last entry, or whose entry would lose",
            "commits or images, is refused."
        })
final class ReleaseIndexAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "FILE", description = "The release index.")
    String index;

    @Option(names = "--release", required = true, paramLabel = "FILE", description = "The release.json to add.")
    String release;

    @Option(
            names = "--metadata-url",
            paramLabel = "URL",
            description = "URL of the release.json (default: https://builds.coreos.fedoraproject.org/prod/streams/"
                    + "<stream>/builds/<version>/release.json).")
    String metadataUrl;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "Current time in seconds since the epoch, for last-modified (default: the clock).")
    Long now;

    @Option(names = "--write", description = "Replace the index file in place (atomically, under a lock).")
    boolean write;

    @Override
    public Integer call() {
        if (!write) {
            spec.commandLine().getOut().print(new String(toJson(added()), StandardCharsets.UTF_8));
            return 0;
        }
        if (index.equals("-") || index.startsWith("http://") || index.startsWith("https://")) {
            throw new UsageException("--write needs a file path for --index, not standard input or a URL: " + index);
        }
        Path file = Path.of(index);
        // Read, change and write under the file's lock: a concurrent add must not be lost.
        LockedFiles.withLock(file, () -> {
            IndexUpdate update = added();
            if (update.change() != IndexChange.UNCHANGED) {
                AtomicFiles.write(file, toJson(update));
            }
            return update;
        });
        return 0;
    }

    /** The index with the release added, read from the current content of {@code --index}. */
    private IndexUpdate added() {
        ReleaseIndex current = Inputs.read(DocumentType.RELEASE_INDEX, index);
        Release added = Inputs.read(DocumentType.RELEASE, release);
        String url = metadataUrl != null ? metadataUrl : ReleaseIndexUpdater.metadataUrl(added);
        return ReleaseIndexUpdater.add(current, added, url, NowOption.clock(now));
    }

    private static byte[] toJson(IndexUpdate update) {
        return DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, update.index());
    }
}
