/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.UpdateChoice;
import io.github.coreosrelease.graph.client.UpdateChooser;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's example, run on the bundled sample data, so that the README cannot go stale. */
class ReadmeExampleTest {
    private static final String SAMPLES = "/io/github/coreosrelease/examples/samples/";

    @Test
    void readmeExampleChoosesTheNextUpdateOfAnOciNode() throws Exception {
        ReleaseIndex index;
        Updates updates;
        try (InputStream releases = getClass().getResourceAsStream(SAMPLES + "releases.json");
                InputStream updatesJson = getClass().getResourceAsStream(SAMPLES + "updates.json")) {
            // --- README example starts here (reading from streams instead of paths) ---
            DocumentReader reader = DocumentReader.standard();
            index = reader.read(DocumentType.RELEASE_INDEX, releases);
            updates = reader.read(DocumentType.UPDATES, updatesJson);
        }
        GraphSet graphs = GraphBuilder.buildAll(index, updates, "sample"); // every arch, both schemes
        CincinnatiGraph oci = graphs.graph("x86_64", true).orElseThrow();
        long now = 1_735_000_000L; // 2024-12-24, after every sample rollout has finished
        CincinnatiGraph served = GraphPolicy.apply(oci, Wariness.fromNodeUuid("node-1"), now);
        String booted = oci.nodes().get(0).payload(); // 41.20241027.3.0, the oldest OCI release
        UpdateChoice next = UpdateChooser.findUpdate(served, Booted.parse(booted), Set.of(), false);
        // --- README example ends here ---

        assertThat(graphs.architectures()).containsExactly("aarch64", "ppc64le", "s390x", "x86_64");
        assertThat(oci.nodes())
                .extracting(n -> n.version())
                .containsExactly("41.20241027.3.0", "41.20241109.3.0", "41.20241122.3.0", "41.20241215.3.0");
        assertThat(next.update().map(NodeRelease::version)).hasValue("41.20241215.3.0");
        assertThat(next.reason()).isEqualTo("update found");
    }
}
