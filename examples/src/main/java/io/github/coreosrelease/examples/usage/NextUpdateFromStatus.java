/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import io.github.coreosrelease.graph.client.UpdateChoice;
import io.github.coreosrelease.graph.client.UpdateChooser;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the next update of a booted x86_64 node, as Zincati does, from its {@code rpm-ostree
 * status --json}: the booted deployment says which graph to ask for (OCI or checksum) and which
 * payload to look for; the graph is the one the service would serve this node (its wariness from
 * its UUID) at the given instant.
 *
 * <p>Usage: {@code NextUpdateFromStatus NODE_UUID EPOCH_SECONDS [status.json [releases.json
 * updates.json]]} (default: a bundled OCI-booted node on the sample stream).
 */
public final class NextUpdateFromStatus {
    private NextUpdateFromStatus() {}

    /**
     * Runs the example on standard output.
     *
     * @param args the node UUID, the instant, then optional paths
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args the node UUID, the instant, then optional paths
     * @param out where the decision goes
     */
    public static void run(String[] args, PrintStream out) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: NextUpdateFromStatus NODE_UUID EPOCH_SECONDS [status.json ...]");
        }
        String nodeUuid = args[0];
        long now = Long.parseLong(args[1]);
        RpmOstreeStatus status = RpmOstreeStatus.read(SampleFiles.read(args, 2, "usage/rpm-ostree-status-oci.json"));
        BootedDeployment node = BootedDeployment.from(status);
        DocumentReader reader = DocumentReader.standard();
        ReleaseIndex index =
                reader.read(DocumentType.RELEASE_INDEX, SampleFiles.read(args, 3, "samples/releases.json"));
        Updates updates = reader.read(DocumentType.UPDATES, SampleFiles.read(args, 4, "samples/updates.json"));

        String stream = node.stream().orElse(updates.stream());
        CincinnatiGraph graph = GraphBuilder.buildAll(index, updates, stream)
                .graph("x86_64", node.oci())
                .orElseThrow(() -> new IllegalArgumentException("no x86_64 graph for stream " + stream));
        double wariness = Wariness.fromNodeUuid(nodeUuid);
        CincinnatiGraph served = GraphPolicy.apply(graph, wariness, now);
        UpdateChoice choice = UpdateChooser.findUpdate(served, node, Set.of(), false); // deny-lists rollback, staged

        out.println("booted " + node.version() + (node.oci() ? " (OCI)" : " (OSTree)") + " on stream " + stream);
        out.println("wariness " + String.format(Locale.ROOT, "%.6f", wariness));
        out.println(choice.update()
                .map(NodeRelease::version)
                .map(version -> "update to " + version)
                .orElse("no update: " + choice.reason()));
    }
}
