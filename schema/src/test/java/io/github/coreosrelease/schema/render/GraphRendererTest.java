/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.barrier;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.deadend;
import static io.github.coreosrelease.schema.testing.TestDocs.rollout;
import static io.github.coreosrelease.schema.testing.TestDocs.updates;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import java.io.StringReader;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** Exact DOT and Mermaid output for a small graph with a barrier, a dead-end and a rollout. */
class GraphRendererTest {
    private static final Scope SCOPE = Scope.of("stable", "x86_64", false);

    /** Edges 0 -> 1 (to the barrier) and 1 -> 3 (to the rollout); the dead-end 2 has none. */
    private static CincinnatiGraph smallGraph() {
        return GraphBuilder.build(
                cleanIndex(),
                updates(
                        barrier(V2, "https://example.org/issues/1"),
                        deadend(V3, "https://example.org/issues/3"),
                        rollout(V4, NOW, "0.5", 60)),
                SCOPE);
    }

    @Test
    void titleNamesTheScope() {
        assertThat(GraphRenderer.title(SCOPE)).isEqualTo("stable x86_64 checksum update graph");
        assertThat(GraphRenderer.title(Scope.of("next", "aarch64", true))).isEqualTo("next aarch64 oci update graph");
    }

    @Test
    void dot() {
        assertThat(GraphRenderer.dot(smallGraph(), GraphRenderer.title(SCOPE))).isEqualTo("""
                        digraph "update graph" {
                          label="stable x86_64 checksum update graph";
                          labelloc=t;
                          fontname="Helvetica";
                          rankdir=LR;
                          node [fontname="Helvetica", fontsize=11, shape=box, style="rounded,filled", \
                        fillcolor="#ffffff", color="#4b5563"];
                          edge [fontname="Helvetica", color="#4b5563"];
                          n0 [label="40.20240416.3.0"];
                          n1 [label="40.20240504.3.0", shape=octagon, style="filled", fillcolor="#fde68a", \
                        tooltip="barrier \\"https://example.org/issues/1\\""];
                          n2 [label="41.20241027.3.0", style="rounded,filled,dashed", fillcolor="#fecaca", \
                        color="#b91c1c", penwidth=1.5, tooltip="dead-end \\"https://example.org/issues/3\\""];
                          n3 [label="41.20241109.3.0", fillcolor="#bfdbfe", color="#1d4ed8", peripheries=2, \
                        penwidth=1.5, tooltip="rollout start_epoch=1735689600 (2025-01-01T00:00:00Z) \
                        start_percentage=0.5 duration_minutes=60"];
                          n0 -> n1;
                          n1 -> n3 [style=dashed, color="#1d4ed8"];
                          n1 -> n2 [style=invis];
                          subgraph cluster_legend {
                            label="Legend";
                            fontsize=10;
                            style="rounded,dashed";
                            color="#9ca3af";
                            legend_release [label="release", fontsize=9];
                            legend_barrier [label="barrier", fontsize=9, shape=octagon, style="filled", \
                        fillcolor="#fde68a"];
                            legend_rollout [label="rollout", fontsize=9, fillcolor="#bfdbfe", color="#1d4ed8", \
                        peripheries=2, penwidth=1.5];
                            legend_deadend [label="dead-end", fontsize=9, style="rounded,filled,dashed", \
                        fillcolor="#fecaca", color="#b91c1c", penwidth=1.5];
                            legend_release -> legend_barrier [label="update", fontsize=9];
                            legend_barrier -> legend_rollout [label="gradual update", fontsize=9, style=dashed, \
                        color="#1d4ed8"];
                            legend_rollout -> legend_deadend [style=invis];
                          }
                        }
                        """);
    }

    @Test
    void mermaid() {
        assertThat(GraphRenderer.mermaid(smallGraph(), GraphRenderer.title(SCOPE)))
                .isEqualTo("""
                        ---
                        title: "stable x86_64 checksum update graph"
                        ---
                        flowchart LR
                          n0("40.20240416.3.0")
                          n1{{"40.20240504.3.0"}}
                          n2("41.20241027.3.0")
                          n3("41.20241109.3.0")
                          n0 --> n1
                          n1 -.-> n3
                          subgraph legend [Legend]
                            direction LR
                            legend_release("release")
                            legend_barrier{{"barrier"}}
                            legend_rollout("rollout")
                            legend_deadend("dead-end")
                            legend_release -->|update| legend_barrier
                            legend_barrier -.->|gradual update| legend_rollout
                          end
                          classDef release fill:#ffffff,stroke:#4b5563
                          classDef barrier fill:#fde68a,stroke:#4b5563
                          classDef rollout fill:#bfdbfe,stroke:#1d4ed8,stroke-width:3px
                          classDef deadend fill:#fecaca,stroke:#b91c1c,stroke-dasharray:5 3
                          classDef deadendRollout fill:#fecaca,stroke:#b91c1c,stroke-width:3px,stroke-dasharray:5 3
                          class n0,legend_release release
                          class n1,legend_barrier barrier
                          class n3,legend_rollout rollout
                          class n2,legend_deadend deadend
                        """);
    }

    @Test
    void dotParsesBackIntoTheSameNodesAndEdges() {
        Graph<String, DefaultEdge> parsed = new DirectedPseudograph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);

        importer.importGraph(parsed, new StringReader(GraphRenderer.dot(smallGraph(), "t")));

        assertThat(parsed.vertexSet())
                .containsExactlyInAnyOrder(
                        "n0", "n1", "n2", "n3", "legend_release", "legend_barrier", "legend_rollout", "legend_deadend");
        assertThat(parsed.edgeSet().stream().map(e -> parsed.getEdgeSource(e) + "->" + parsed.getEdgeTarget(e)))
                .containsExactlyInAnyOrder(
                        "n0->n1",
                        "n1->n3",
                        "n1->n2",
                        "legend_release->legend_barrier",
                        "legend_barrier->legend_rollout",
                        "legend_rollout->legend_deadend");
    }

    @Test
    void combinedStatesKeepEveryCue() {
        GraphNode all = GraphNode.builder()
                .version("41.1")
                .payload("p")
                .putMetadata(NodeMetadata.BARRIER, "true")
                .putMetadata(NodeMetadata.DEADEND, "true")
                .putMetadata(NodeMetadata.ROLLOUT, "true")
                .build();
        CincinnatiGraph graph = CincinnatiGraph.builder().addNodes(all).build();

        assertThat(GraphRenderer.dot(graph, "t").lines().filter(line -> line.startsWith("  n0 ")))
                .containsExactly("  n0 [label=\"41.1\", shape=octagon, style=\"filled,dashed\", fillcolor=\"#fecaca\","
                        + " color=\"#b91c1c\", peripheries=2, penwidth=1.5, tooltip=\"barrier \\\"\\\"; dead-end \\\"\\\";"
                        + " rollout (no parameters)\"];");
        assertThat(GraphRenderer.mermaid(graph, "t").lines().filter(line -> line.contains("n0")))
                .containsExactly("  n0{{\"41.1\"}}", "  class n0 deadendRollout");
    }

    @Test
    void textIsQuotedSafely() {
        GraphNode odd = GraphNode.builder().version("a\"b\\c\nd").payload("p").build();
        CincinnatiGraph graph = CincinnatiGraph.builder().addNodes(odd).build();

        assertThat(GraphRenderer.dot(graph, "say \"hi\"").lines())
                .contains("  label=\"say \\\"hi\\\"\";", "  n0 [label=\"a\\\"b\\\\c d\"];");
        assertThat(GraphRenderer.mermaid(graph, "say \"hi\"").lines())
                .contains("title: \"say \\\"hi\\\"\"", "  n0(\"a#quot;b\\c d\")");
    }
}
