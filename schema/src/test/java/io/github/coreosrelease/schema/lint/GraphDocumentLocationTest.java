/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Locations in a graph document, in words and in the text and JSON reports. */
class GraphDocumentLocationTest {
    private static final Finding ON_EDGE = Finding.of(
            LintRule.GRAPH_EDGE_OUT_OF_RANGE,
            GraphDocumentLocation.ofEdge("x86_64/checksum.json", 3),
            "edge [0, 5] names node index 5, but the graph has 1 node (index 0)");
    private static final Finding ON_NODE = Finding.of(
            LintRule.GRAPH_DUPLICATE_VERSION,
            GraphDocumentLocation.ofNode("x86_64/checksum.json", 2, "41.20241109.3.0"),
            "node /nodes/2 repeats version 41.20241109.3.0 of node /nodes/0; a version must name one release");

    @Test
    void aNodeIsNamedByVersionAndAnEdgeByPointer() {
        assertThat(GraphDocumentLocation.ofEdge("g.json", 3).describe()).isEqualTo("g.json#/edges/3");
        assertThat(GraphDocumentLocation.ofNode("g.json", 5, "41.20241109.3.0").describe())
                .isEqualTo("g.json@41.20241109.3.0");
        assertThat(GraphDocumentLocation.ofNode("g.json", 5, "").describe()).isEqualTo("g.json#/nodes/5");
        assertThat(GraphDocumentLocation.ofNode("g.json", 5, "41.1").pointer()).isEqualTo("/nodes/5");
        assertThat(GraphDocumentLocation.ofEdge("g.json", 3).version()).isEmpty();
    }

    @Test
    void textUsesTheLocationsOwnDocumentName() {
        assertThat(FindingFormat.text(List.of(ON_EDGE, ON_NODE), GraphDocumentLocationTest::name))
                .isEqualTo("error graph-edge-out-of-range x86_64/checksum.json#/edges/3: edge [0, 5] names node index"
                        + " 5, but the graph has 1 node (index 0)\n"
                        + "error graph-duplicate-version x86_64/checksum.json@41.20241109.3.0: node /nodes/2 repeats"
                        + " version 41.20241109.3.0 of node /nodes/0; a version must name one release\n");
        assertThat(ON_EDGE.describe()).isEqualTo(FindingFormat.line(ON_EDGE, GraphDocumentLocationTest::name));
    }

    @Test
    void jsonGivesThePointerAndTheVersionOfANode() {
        assertThat(FindingFormat.json(List.of(ON_EDGE, ON_NODE), GraphDocumentLocationTest::name))
                .isEqualTo("""
                        [
                          {
                            "rule": "graph-edge-out-of-range",
                            "severity": "error",
                            "location": {
                              "document": "x86_64/checksum.json",
                              "pointer": "/edges/3"
                            },
                            "message": "edge [0, 5] names node index 5, but the graph has 1 node (index 0)"
                          },
                          {
                            "rule": "graph-duplicate-version",
                            "severity": "error",
                            "location": {
                              "document": "x86_64/checksum.json",
                              "pointer": "/nodes/2",
                              "version": "41.20241109.3.0"
                            },
                            "message": "node /nodes/2 repeats version 41.20241109.3.0 of node /nodes/0; a version must name one release"
                          }
                        ]
                        """);
    }

    /** Document names by kind: a graph document's findings carry their own name, so it is unused. */
    private static String name(DocumentKind kind) {
        return "ignored.json";
    }
}
