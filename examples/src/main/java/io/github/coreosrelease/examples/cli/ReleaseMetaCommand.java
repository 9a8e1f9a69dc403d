/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.pipeline.ReleaseMetaGenerator;
import io.github.coreosrelease.core.pipeline.ReleaseMetaOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code release-meta}: builds a release.json from the meta.json of each architecture (SPEC §4.1). */
@Command(
        name = "release-meta",
        mixinStandardHelpOptions = true,
        description = {
            "Build the release.json of a build from its meta.json files.",
            "Give one meta.json per architecture; with --existing, merge them into that release.json."
        })
final class ReleaseMetaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--meta",
            required = true,
            paramLabel = "FILE",
            description = "A meta.json (repeat for each architecture; - for standard input).")
    List<String> metas;

    @Option(names = "--stream", paramLabel = "NAME", description = "Stream name, instead of the build's own.")
    String stream;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Where the streams are published (default: ${DEFAULT-VALUE}).",
            defaultValue = ReleaseMetaOptions.DEFAULT_BASE_URL)
    String baseUrl;

    @Option(names = "--no-signatures", description = "Artifacts have no .sig signatures (empty signature).")
    boolean noSignatures;

    @Option(
            names = "--floating-tag",
            paramLabel = "TAG",
            description = "Floating tag of the container images (e.g. stable), for entries without one, such as"
                    + " entries migrated from the legacy or pinned shape.")
    String floatingTag;

    @Option(names = "--existing", paramLabel = "RELEASE_JSON", description = "A release.json to merge into.")
    String existing;

    @Override
    public Integer call() {
        ReleaseMetaOptions options;
        try {
            options = ReleaseMetaOptions.builder().stream(Optional.ofNullable(stream))
                    .baseUrl(baseUrl)
                    .signatures(!noSignatures)
                    .floatingTag(Optional.ofNullable(floatingTag))
                    .build();
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
        List<BuildMeta> builds = new ArrayList<>();
        for (String meta : metas) {
            builds.add(Inputs.read(DocumentType.META, meta));
        }
        Release release = existing == null
                ? ReleaseMetaGenerator.generate(builds, options)
                : ReleaseMetaGenerator.merge(Inputs.read(DocumentType.RELEASE, existing), builds, options);
        spec.commandLine().getOut().print(DocumentWriter.indented(2).writeString(DocumentType.RELEASE, release));
        return 0;
    }
}
