/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import picocli.CommandLine.Option;

/** The options that name a stream's documents, shared by {@code graph} and {@code export}. */
final class GraphSources {
    @Option(
            names = "--releases",
            required = true,
            paramLabel = "SRC",
            description = "The release index releases.json: a file, - for standard input, or an http(s) URL.")
    String releases;

    @Option(
            names = "--updates",
            required = true,
            paramLabel = "SRC",
            description = "The updates document updates/<stream>.json: a file, - or an http(s) URL.")
    String updates;

    @Option(
            names = "--stream",
            paramLabel = "NAME",
            description = "The stream the graphs are for (default: the updates document's stream).")
    String stream;

    /**
     * Reads both documents and builds every graph of the stream.
     *
     * @return the graphs
     */
    GraphSet buildAll() {
        if ("-".equals(releases) && "-".equals(updates)) {
            throw new UsageException("--releases and --updates cannot both read standard input");
        }
        ReleaseIndex index = Inputs.read(DocumentType.RELEASE_INDEX, releases);
        Updates updatesDocument = Inputs.read(DocumentType.UPDATES, updates);
        String name = stream != null ? stream : updatesDocument.stream();
        return GraphBuilder.buildAll(index, updatesDocument, name);
    }
}
