/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphLimits;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.PayloadAliasNodes;
import java.util.Arrays;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that name a stream's documents, shared by {@code graph}, {@code export} and {@code
 * explain}.
 */
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

    @Mixin
    DocumentSizeOption size;

    @Mixin
    MaxEdgesOption edges;

    @Option(
            names = "--payload-aliases",
            paramLabel = "SRC",
            description = "Payload aliases {version: {arch: {good, bad}}}: add an alias node for each bad digest to the"
                    + " OCI graphs (file, - or URL).")
    String payloadAliases;

    /**
     * Reads both documents and builds every graph of the stream.
     *
     * @return the graphs
     */
    GraphSet buildAll() {
        if ("-".equals(releases) && "-".equals(updates)) {
            throw new UsageException("--releases and --updates cannot both read standard input");
        }
        Inputs.requireStdinAtMostOnce(Arrays.asList(releases, updates, payloadAliases));
        ReleaseIndex index = size.inputs().read(DocumentType.RELEASE_INDEX, releases);
        Updates updatesDocument = size.inputs().read(DocumentType.UPDATES, updates);
        String name = stream != null ? stream : updatesDocument.stream();
        GraphLimits limits = edges.limits();
        GraphSet graphs =
                GraphBuilder.buildAll(index, updatesDocument, name, GraphBuilder.DEFAULT_ARCHITECTURES, limits);
        if (payloadAliases == null) {
            return graphs;
        }
        return PayloadAliasNodes.append(
                graphs, size.inputs().read(DocumentType.PAYLOAD_ALIASES, payloadAliases), limits);
    }
}
