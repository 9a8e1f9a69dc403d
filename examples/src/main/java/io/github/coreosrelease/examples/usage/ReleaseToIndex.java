/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.pipeline.IndexUpdate;
import io.github.coreosrelease.core.pipeline.ReleaseIndexUpdater;
import io.github.coreosrelease.core.pipeline.ReleaseMetaGenerator;
import io.github.coreosrelease.core.pipeline.ReleaseMetaOptions;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The release job of a pipeline: generates {@code release.json} from the per-architecture {@code
 * meta.json} files of one build, then adds the release to the stream's release index, with both
 * its OSTree commits and its OCI images. Prints the OCI image of each architecture, what happened
 * to the index and the new index entry.
 *
 * <p>Usage: {@code ReleaseToIndex [EPOCH_SECONDS]} (the index's {@code last-modified}; default
 * 2025-01-05T12:00:00Z), on bundled x86_64 and aarch64 builds and the sample index.
 */
public final class ReleaseToIndex {
    private ReleaseToIndex() {}

    /**
     * Runs the example on standard output.
     *
     * @param args an optional instant
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args an optional instant
     * @param out where the report goes
     */
    public static void run(String[] args, PrintStream out) {
        long now = args.length > 0 ? Long.parseLong(args[0]) : 1_736_078_400L;
        DocumentReader reader = DocumentReader.standard();
        BuildMeta x86 = reader.read(DocumentType.META, SampleFiles.read(new String[0], 0, "usage/meta-x86_64.json"));
        BuildMeta arm = reader.read(DocumentType.META, SampleFiles.read(new String[0], 0, "usage/meta-aarch64.json"));
        Release release = ReleaseMetaGenerator.generate(List.of(x86, arm), ReleaseMetaOptions.defaults());
        release.architectures()
                .forEach((arch, meta) -> meta.ociImage()
                        .ifPresent(image -> out.println(arch + " " + image.image() + " " + image.digestRef())));

        ReleaseIndex index =
                reader.read(DocumentType.RELEASE_INDEX, SampleFiles.read(new String[0], 0, "samples/releases.json"));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
        IndexUpdate update = ReleaseIndexUpdater.add(index, release, ReleaseIndexUpdater.metadataUrl(release), clock);
        List<IndexRelease> releases = update.index().releases();
        out.println(update.change() + " " + release.release() + ": " + releases.size() + " releases, last-modified "
                + update.index()
                        .metadata()
                        .flatMap(DocumentMetadata::lastModified)
                        .orElse("(none)"));
        ReleaseIndex newest = ReleaseIndex.builder()
                .from(update.index())
                .releases(releases.subList(releases.size() - 1, releases.size()))
                .build();
        out.print(DocumentWriter.indented(2).writeString(DocumentType.RELEASE_INDEX, newest));
    }
}
