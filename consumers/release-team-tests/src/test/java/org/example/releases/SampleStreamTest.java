/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.example.releases;

import static io.github.coreosrelease.graph.assertj.CoreosAssertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.assertj.DiffAssertions;
import io.github.coreosrelease.schema.diff.GraphDiffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a release team asserts about its stream before it publishes an updates change. */
class SampleStreamTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples"), "samples");
    private static final DocumentReader READER = DocumentReader.standard();
    private static final ReleaseIndex INDEX = READER.read(DocumentType.RELEASE_INDEX, SAMPLES.resolve("releases.json"));
    private static final Updates UPDATES = READER.read(DocumentType.UPDATES, SAMPLES.resolve("updates.json"));
    private static final Scope X86_OCI = Scope.inStream("sample").oci("x86_64");

    @Test
    void everyNodeReachesTheNewestReleaseThroughItsBarriers() {
        CincinnatiGraph x86 = GraphBuilder.build(INDEX, UPDATES, Scope.inStream("sample").checksum("x86_64"));
        assertThat(x86)
                .hasEdge("40.20240602.3.0", "41.20241122.3.0")
                .hasNoEdgesFrom("41.20241109.3.0") // a dead-end
                .respectsBarriers()
                .isAcyclic()
                .everyNodeReaches("41.20241215.3.0")
                // the same versions and edges on every architecture
                .isEquivalentTo(GraphBuilder.build(INDEX, UPDATES, Scope.inStream("sample").checksum("aarch64")));
    }

    @Test
    void makingAReleaseADeadEndRemovesItsEdges() {
        Updates pulled = READER.read(DocumentType.UPDATES, PULLED.getBytes(StandardCharsets.UTF_8));
        DiffAssertions.assertThat(GraphDiffer.diffUpdates(INDEX, UPDATES, pulled, X86_OCI))
                .changesState(
                        "41.20241122.3.0",
                        ROLLOUT,
                        "dead-end \"https://example.org/issues/4\"; " + ROLLOUT)
                .removesEdge("41.20241122.3.0", "41.20241215.3.0")
                .addsNoEdges();
    }

    private static final String ROLLOUT =
            "rollout start_epoch=1732700000 (2024-11-27T09:33:20Z) start_percentage=0 duration_minutes=2880";

    /** The sample's updates with 41.20241122.3.0 made a dead-end. */
    private static final String PULLED = """
            {
              "stream": "sample",
              "metadata": {"last-modified": "2024-12-16T10:00:00Z"},
              "releases": [
                {"version": "40.20240504.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/1"}}},
                {"version": "40.20240602.3.0", "metadata": {"barrier": {"reason": "https://example.org/issues/2"},
                  "rollout": {"start_percentage": 1.0}}},
                {"version": "41.20241109.3.0", "metadata": {"deadend": {"reason": "https://example.org/issues/3"}}},
                {"version": "41.20241122.3.0", "metadata": {"deadend": {"reason": "https://example.org/issues/4"},
                  "rollout": {"start_epoch": 1732700000, "start_percentage": 0.0, "duration_minutes": 2880}}},
                {"version": "41.20241215.3.0", "metadata": {"rollout": {"start_epoch": 1734300000,
                  "start_percentage": 0.25, "duration_minutes": 4320}}}
              ]
            }
            """;
}
