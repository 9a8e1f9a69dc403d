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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        footerHeading = "%nExample:%n",
        footer = {"  coreos-release release-index add --index releases.json \\", "      --release release.json --write"
        },
        description = {
            "Add a release to a release index.",
            "Prints the new index, or replaces the file atomically with --write. Re-adding the last",
            "release is a no-op; a release that is not the last entry, or whose entry would lose",
            "commits or images, is refused. A new stream starts from an --index file that does not",
            "exist yet or holds {}."
        })
final class ReleaseIndexAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Option(
            names = "--index",
            required = true,
            paramLabel = "FILE",
            description = "The release index; a missing file or {} starts a new stream.")
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
        ReleaseIndex current = currentIndex();
        Release added = size.inputs().read(DocumentType.RELEASE, release);
        String url = metadataUrl != null ? metadataUrl : ReleaseIndexUpdater.metadataUrl(added);
        return ReleaseIndexUpdater.add(current, added, url, NowOption.clock(now));
    }

    /**
     * The index as it is now: a file that does not exist or holds only {@code {}} is the index of a
     * stream without releases, as plume starts one.
     */
    private ReleaseIndex currentIndex() {
        boolean url = index.startsWith("http://") || index.startsWith("https://");
        if (!index.equals("-") && !url && Files.notExists(Path.of(index))) {
            return ReleaseIndexUpdater.emptyIndex();
        }
        byte[] bytes = size.inputs().bytes(index);
        if (isEmptyObject(bytes)) {
            return ReleaseIndexUpdater.emptyIndex();
        }
        return size.inputs().parse(DocumentType.RELEASE_INDEX, index, bytes);
    }

    /** Whether a document is {@code {}}, with any JSON whitespace around and inside. */
    private static boolean isEmptyObject(byte[] bytes) {
        StringBuilder significant = new StringBuilder(2);
        for (byte b : bytes) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            if (significant.length() == 2) {
                return false;
            }
            significant.append((char) b);
        }
        return significant.toString().equals("{}");
    }

    private static byte[] toJson(IndexUpdate update) {
        return DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, update.index());
    }
}
