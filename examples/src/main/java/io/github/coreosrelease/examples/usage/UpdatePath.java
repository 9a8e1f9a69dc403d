/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.UpdateChoice;
import io.github.coreosrelease.graph.client.UpdateChooser;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the OCI update graph of a stream and prints the updates an x86_64 node booted on a
 * version takes, one after the other, once every rollout has completed: each step is the choice
 * Zincati makes from the node the previous step reached.
 *
 * <p>Usage: {@code UpdatePath [VERSION [releases.json updates.json]]} (default: the oldest OCI
 * release of the bundled sample stream).
 */
public final class UpdatePath {
    private UpdatePath() {}

    /**
     * Runs the example on standard output.
     *
     * @param args an optional version, then optional paths to a release index and updates document
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args an optional version, then optional paths to a release index and updates document
     * @param out where the path goes
     */
    public static void run(String[] args, PrintStream out) {
        DocumentReader reader = DocumentReader.standard();
        ReleaseIndex index =
                reader.read(DocumentType.RELEASE_INDEX, SampleFiles.read(args, 1, "samples/releases.json"));
        Updates updates = reader.read(DocumentType.UPDATES, SampleFiles.read(args, 2, "samples/updates.json"));
        CincinnatiGraph oci = GraphBuilder.buildAll(index, updates, updates.stream())
                .graph("x86_64", true)
                .orElseThrow(() -> new IllegalArgumentException("the index has no x86_64 OCI release"));
        String version = args.length > 0 ? args[0] : oci.nodes().get(0).version();
        GraphNode start = oci.nodes().stream()
                .filter(node -> node.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(version + " is not in the x86_64 OCI graph"));

        List<String> path = new ArrayList<>(List.of(start.version()));
        Booted booted = Booted.parse(start.payload());
        while (true) {
            UpdateChoice choice = UpdateChooser.findUpdate(oci, booted, Set.of(), false);
            if (choice.update().isEmpty()) {
                choice.deadEndReason().ifPresent(reason -> path.add("(dead-end: " + reason + ")"));
                break;
            }
            NodeRelease next = choice.update().get();
            path.add(next.version());
            booted = Booted.parse(next.payload());
        }
        out.println(String.join(" -> ", path));
    }
}
