/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.core.pipeline.StreamMetadataGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stream-meta}: derives the stream metadata from a stream's newest release.json (SPEC §1.8). */
@Command(
        name = "stream-meta",
        mixinStandardHelpOptions = true,
        description = "Derive the stream metadata (streams/<stream>.json) from the newest release.json.")
final class StreamMetaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--release", required = true, paramLabel = "FILE", description = "The release.json.")
    String release;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "Current time in seconds since the epoch, for last-modified (default: the clock).")
    Long now;

    @Override
    public Integer call() {
        Release input = Inputs.read(DocumentType.RELEASE, release);
        StreamMetadata stream = StreamMetadataGenerator.fromRelease(input, NowOption.clock(now));
        spec.commandLine().getOut().print(DocumentWriter.indented(2).writeString(DocumentType.STREAM, stream));
        return 0;
    }
}
