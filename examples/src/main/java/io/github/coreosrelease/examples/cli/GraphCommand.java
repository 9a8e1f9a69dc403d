/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code graph}: the Cincinnati graph of one scope, as built (SPEC §2.1, §2.2) or as served to one
 * client (SPEC §2.3), printed as compact JSON.
 */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release graph --releases releases.json --updates updates/stable.json \\",
            "      --basearch x86_64 --stream stable --oci --wariness 0.5"
        },
        description = {
            "Build the update graph of one architecture and print it as compact JSON.",
            "With --wariness or --node-uuid, apply the serving policy for that client at --now."
        })
final class GraphCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    GraphSources sources;

    @Mixin
    BasearchOption basearch;

    @Mixin
    OciOption oci;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ClientWariness client;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "The time of the request in seconds since the epoch (default: now).")
    Long now;

    GraphCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        if (client == null && now != null) {
            throw new UsageException("--now only applies with --wariness or --node-uuid");
        }
        double wariness = client == null ? 0.0 : client.value();
        basearch.requireNonEmpty();
        GraphSet graphs = sources.buildAll();
        CincinnatiGraph graph = basearch.graphIn(graphs, oci.value);
        if (graph.nodes().isEmpty()) {
            // An empty graph is an answer, as the server gives it (SPEC §2.4), but rarely what a
            // person at a terminal expected.
            spec.commandLine()
                    .getErr()
                    .println("note: no release of the index has " + (oci.value ? "an OCI image" : "an OSTree commit")
                            + " for " + basearch.value + ": the graph is empty");
        }
        if (client != null) {
            long at = now != null ? now : clock.instant().getEpochSecond();
            graph = GraphPolicy.apply(graph, wariness, at);
        }
        spec.commandLine().getOut().println(DocumentWriter.compact().writeString(DocumentType.GRAPH, graph));
        return 0;
    }
}
