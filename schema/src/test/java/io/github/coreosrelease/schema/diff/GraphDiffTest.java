/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V1;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.barrier;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanUpdates;
import static io.github.coreosrelease.schema.testing.TestDocs.deadend;
import static io.github.coreosrelease.schema.testing.TestDocs.entry;
import static io.github.coreosrelease.schema.testing.TestDocs.index;
import static io.github.coreosrelease.schema.testing.TestDocs.release;
import static io.github.coreosrelease.schema.testing.TestDocs.rollout;
import static io.github.coreosrelease.schema.testing.TestDocs.updates;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.Scope;
import org.junit.jupiter.api.Test;

/** Diffs of update graphs, as values, text and JSON. */
class GraphDiffTest {
    private static final Scope SCOPE = Scope.of("stable", "x86_64", false);

    private static Updates changedUpdates() {
        return updates(
                barrier(V2, "https://example.org/issues/2"),
                deadend(V3, "https://example.org/issues/3"),
                rollout(V4, NOW, "0.5", 2880));
    }

    @Test
    void anUpdatesChangeAsValues() {
        GraphDiff diff = GraphDiffer.diffUpdates(cleanIndex(), cleanUpdates(), changedUpdates(), SCOPE);

        assertThat(diff.addedNodes()).isEmpty();
        assertThat(diff.removedNodes()).isEmpty();
        assertThat(diff.addedEdges()).isEmpty();
        assertThat(diff.removedEdges()).containsExactly(VersionEdge.of(V3, V4));
        assertThat(diff.changedNodes()).extracting(StateChange::version).containsExactly(V2, V3, V4);
        assertThat(diff.changedNodes().get(1).after())
                .isEqualTo(NodeState.builder()
                        .deadEnd("https://example.org/issues/3")
                        .build());
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void anUpdatesChangeAsText() {
        GraphDiff diff = GraphDiffer.diffUpdates(cleanIndex(), cleanUpdates(), changedUpdates(), SCOPE);

        assertThat(DiffFormat.text(diff)).isEqualTo("""
                        ~ 40.20240504.3.0 barrier: "https://example.org/issues/1" -> "https://example.org/issues/2"
                        ~ 41.20241027.3.0 dead-end: none -> "https://example.org/issues/3"
                        ~ 41.20241109.3.0 rollout: start_epoch=1735686000 (2024-12-31T23:00:00Z) start_percentage=0.25\
                         duration_minutes=2880 -> start_epoch=1735689600 (2025-01-01T00:00:00Z) start_percentage=0.5\
                         duration_minutes=2880
                        - edge 41.20241027.3.0 -> 41.20241109.3.0
                        """);
    }

    @Test
    void anUpdatesChangeAsJson() {
        GraphDiff diff = GraphDiffer.diffUpdates(cleanIndex(), cleanUpdates(), changedUpdates(), SCOPE);

        assertThat(DiffFormat.json(diff)).isEqualTo("""
                        {
                          "added_nodes": [],
                          "removed_nodes": [],
                          "changed_nodes": [
                            {
                              "version": "40.20240504.3.0",
                              "before": {
                                "barrier": {
                                  "reason": "https://example.org/issues/1"
                                }
                              },
                              "after": {
                                "barrier": {
                                  "reason": "https://example.org/issues/2"
                                }
                              }
                            },
                            {
                              "version": "41.20241027.3.0",
                              "before": {},
                              "after": {
                                "deadend": {
                                  "reason": "https://example.org/issues/3"
                                }
                              }
                            },
                            {
                              "version": "41.20241109.3.0",
                              "before": {
                                "rollout": {
                                  "start_epoch": 1735686000,
                                  "start_percentage": 0.25,
                                  "duration_minutes": 2880
                                }
                              },
                              "after": {
                                "rollout": {
                                  "start_epoch": 1735689600,
                                  "start_percentage": 0.5,
                                  "duration_minutes": 2880
                                }
                              }
                            }
                          ],
                          "removed_edges": [
                            {
                              "from": "41.20241027.3.0",
                              "to": "41.20241109.3.0"
                            }
                          ],
                          "added_edges": []
                        }
                        """);
    }

    @Test
    void anIndexChangeAddsAndRemovesNodesWithTheirEdges() {
        GraphDiff diff = GraphDiffer.diffIndexes(
                index(release(V1), release(V2), release(V3)),
                index(release(V2), release(V3), release(V4)),
                cleanUpdates(),
                SCOPE);

        assertThat(DiffFormat.text(diff)).isEqualTo("""
                        + node 41.20241109.3.0 (rollout start_epoch=1735686000 (2024-12-31T23:00:00Z)\
                         start_percentage=0.25 duration_minutes=2880)
                        - node 40.20240416.3.0
                        - edge 40.20240416.3.0 -> 40.20240504.3.0
                        + edge 40.20240504.3.0 -> 41.20241109.3.0
                        + edge 41.20241027.3.0 -> 41.20241109.3.0
                        """);
    }

    @Test
    void theSameGraphHasAnEmptyDiff() {
        GraphDiff diff = GraphDiffer.diffUpdates(cleanIndex(), cleanUpdates(), cleanUpdates(), SCOPE);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffFormat.text(diff)).isEmpty();
        assertThat(DiffFormat.json(diff)).isEqualTo("""
                        {
                          "added_nodes": [],
                          "removed_nodes": [],
                          "changed_nodes": [],
                          "removed_edges": [],
                          "added_edges": []
                        }
                        """);
    }

    @Test
    void aStateWithSeveralAspectsAndUnusualValues() {
        Updates before = updates(entry(
                V2, UpdateMetadata.builder().rollout(Rollout.builder().build()).build()));
        Updates after = updates(
                barrier(V2, "say \"why\""),
                deadend(V2, ""),
                entry(V1, UpdateMetadata.builder().build()));
        GraphDiff diff = GraphDiffer.diffUpdates(index(release(V1), release(V2)), before, after, SCOPE);

        assertThat(DiffFormat.text(diff)).isEqualTo("""
                        ~ 40.20240504.3.0 barrier: none -> "say \\"why\\""
                        ~ 40.20240504.3.0 dead-end: none -> "generic"
                        ~ 40.20240504.3.0 rollout: (no parameters) -> none
                        """);
        assertThat(diff.changedNodes().get(0).after().describe())
                .isEqualTo("barrier \"say \\\"why\\\"\"; dead-end \"generic\"");
        assertThat(diff.changedNodes().get(0).before().describe()).isEqualTo("rollout (no parameters)");
    }

    @Test
    void aReasonWithALineBreakStaysOnTheDiffsLine() {
        Updates after = updates(deadend(V2, "see\nhttps://example.org/issues/3\u001b[2J"));
        GraphDiff diff = GraphDiffer.diffUpdates(index(release(V1), release(V2)), updates(), after, SCOPE);

        assertThat(DiffFormat.text(diff))
                .isEqualTo("~ 40.20240504.3.0 dead-end: none -> \"see\\nhttps://example.org/issues/3\\u001b[2J\"\n");
    }

    @Test
    void repeatedVersionsAreMatchedByTheirLastNode() {
        GraphNode first = GraphNode.builder().version(V1).payload("a").build();
        GraphNode again = GraphNode.builder()
                .version(V1)
                .payload("b")
                .putMetadata(NodeMetadata.BARRIER, "true")
                .build();
        GraphNode other = GraphNode.builder().version(V2).payload("c").build();
        CincinnatiGraph before = CincinnatiGraph.builder()
                .addNodes(first, again, other)
                .addEdges(GraphEdge.of(0, 2), GraphEdge.of(1, 2))
                .build();
        CincinnatiGraph after = CincinnatiGraph.builder()
                .addNodes(other, first)
                .addEdges(GraphEdge.of(1, 0))
                .build();

        GraphDiff diff = GraphDiffer.diff(before, after);

        assertThat(DiffFormat.text(diff)).isEqualTo("~ 40.20240416.3.0 barrier: \"\" -> none\n");
    }

    @Test
    void jsonKeepsTheExactTextOfNumbersAndNeverExpandsOne() {
        GraphNode plain = GraphNode.builder().version(V1).payload("a").build();
        GraphNode rolledOut = GraphNode.builder()
                .version(V1)
                .payload("a")
                .putMetadata(NodeMetadata.ROLLOUT, "true")
                .putMetadata(NodeMetadata.START_EPOCH, "1e999999999")
                .putMetadata(NodeMetadata.START_VALUE, "5E-1")
                .putMetadata(NodeMetadata.DURATION_MINUTES, "+5")
                .build();
        CincinnatiGraph before = CincinnatiGraph.builder().addNodes(plain).build();
        CincinnatiGraph after = CincinnatiGraph.builder().addNodes(rolledOut).build();

        GraphDiff diff = GraphDiffer.diff(before, after);

        // 5E-1 is a JSON number written as it was; 1e999999999 is beyond what the readers accept
        // and +5 is no JSON number: both stay strings.
        assertThat(DiffFormat.json(diff)).isEqualTo("""
                        {
                          "added_nodes": [],
                          "removed_nodes": [],
                          "changed_nodes": [
                            {
                              "version": "40.20240416.3.0",
                              "before": {},
                              "after": {
                                "rollout": {
                                  "start_epoch": "1e999999999",
                                  "start_percentage": 5E-1,
                                  "duration_minutes": "+5"
                                }
                              }
                            }
                          ],
                          "removed_edges": [],
                          "added_edges": []
                        }
                        """);
        assertThat(DiffFormat.text(diff))
                .isEqualTo("~ 40.20240416.3.0 rollout: none -> start_epoch=1e999999999 start_percentage=5E-1"
                        + " duration_minutes=+5\n");
    }
}
