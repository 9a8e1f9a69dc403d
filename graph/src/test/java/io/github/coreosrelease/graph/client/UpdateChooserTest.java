/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateChooserTest {
    static final String A = "a".repeat(64);
    static final String B = "b".repeat(64);
    static final String C = "c".repeat(64);
    static final String D = "d".repeat(64);
    static final String OCI_A = "quay.io/fedora/fedora-coreos@sha256:" + "a".repeat(64);
    static final String OCI_B = "quay.io/fedora/fedora-coreos@sha256:" + "b".repeat(64);

    static GraphNode node(String version, String payload, String scheme, int age, String... extra) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(NodeMetadata.AGE_INDEX, Integer.toString(age));
        metadata.put(NodeMetadata.SCHEME, scheme);
        for (int i = 0; i < extra.length; i += 2) {
            metadata.put(extra[i], extra[i + 1]);
        }
        return GraphNode.builder()
                .version(version)
                .payload(payload)
                .metadata(metadata)
                .build();
    }

    static GraphNode checksum(String version, String payload, int age, String... extra) {
        return node(version, payload, NodeMetadata.SCHEME_CHECKSUM, age, extra);
    }

    static CincinnatiGraph graph(GraphNode... nodes) {
        return CincinnatiGraph.builder().addNodes(nodes).build();
    }

    static CincinnatiGraph withEdges(CincinnatiGraph graph, int... pairs) {
        CincinnatiGraph.Builder builder = CincinnatiGraph.builder().from(graph);
        for (int i = 0; i < pairs.length; i += 2) {
            builder.addEdge(GraphEdge.of(pairs[i], pairs[i + 1]));
        }
        return builder.build();
    }

    static NodeRelease release(String version, String payload, long age, boolean oci) {
        return NodeRelease.builder()
                .version(version)
                .payload(payload)
                .ageIndex(age)
                .oci(oci)
                .build();
    }

    static final CincinnatiGraph LINE =
            graph(checksum("40.1", A, 0), checksum("40.2", B, 1), checksum("41.1", C, 2), checksum("41.2", D, 3));

    @Test
    void picksTheNewestTarget() {
        UpdateChoice choice =
                UpdateChooser.findUpdate(withEdges(LINE, 0, 2, 0, 1, 0, 3), Booted.checksum(A), Set.of(), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.UPDATE_FOUND);
        assertThat(choice.reason()).isEqualTo("update found");
        assertThat(choice.update()).contains(release("41.2", D, 3, false));
        assertThat(choice.booted()).contains(release("40.1", A, 0, false));
        assertThat(choice.deadEndReason()).isEmpty();
    }

    @Test
    void skipsDenyListedPayloads() {
        UpdateChoice choice =
                UpdateChooser.findUpdate(withEdges(LINE, 0, 2, 0, 1, 0, 3), Booted.checksum(A), Set.of(D), false);

        assertThat(choice.update()).contains(release("41.1", C, 2, false));
        assertThat(choice.reason()).isEqualTo("update found");
    }

    @Test
    void aNodeThatRolledBackIsNotOfferedTheReleaseItCameBackFrom() {
        // Booted 40.1 (A) after rolling back from 41.2 (D); 41.1 (C) is staged.
        BootedDeployment node = BootedDeployment.from(RpmOstreeStatus.read(("{\"deployments\":["
                        + "{\"booted\":true,\"version\":\"40.1\",\"checksum\":\"" + A + "\"},"
                        + "{\"booted\":false,\"version\":\"41.2\",\"checksum\":\"" + D + "\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        CincinnatiGraph graph = withEdges(LINE, 0, 1, 0, 2, 0, 3);

        UpdateChoice choice = UpdateChooser.findUpdate(graph, node, Set.of(), false);
        UpdateChoice alsoDenied = UpdateChooser.findUpdate(graph, node, Set.of(C), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.UPDATE_FOUND);
        assertThat(choice.update()).contains(release("41.1", C, 2, false));
        assertThat(alsoDenied.update()).contains(release("40.2", B, 1, false));
        assertThat(UpdateChooser.findUpdate(graph, node.booted(), Set.of(), false)
                        .update())
                .contains(release("41.2", D, 3, false));
    }

    @Test
    void findsAMockChecksumAsZincatiTestGraphsNameIt() {
        CincinnatiGraph graph =
                withEdges(graph(checksum("40.1", "sha-mock", 0), checksum("40.2", "sha-next", 1)), 0, 1);

        UpdateChoice choice = UpdateChooser.findUpdate(graph, Booted.parse("sha-mock"), Set.of(), false);

        assertThat(choice.update()).contains(release("40.2", "sha-next", 1, false));
    }

    @Test
    void reportsWhenEveryCandidateIsDenyListed() {
        UpdateChoice choice =
                UpdateChooser.findUpdate(withEdges(LINE, 0, 2, 0, 3), Booted.checksum(A), Set.of(C, D), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.ALL_DENY_LISTED);
        assertThat(choice.reason()).isEqualTo("all candidate updates are deny-listed");
        assertThat(choice.update()).isEmpty();
    }

    @Test
    void reportsNoUpdateWithoutOutgoingEdges() {
        UpdateChoice choice = UpdateChooser.findUpdate(withEdges(LINE, 0, 3), Booted.checksum(D), Set.of(), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.NO_UPDATE);
        assertThat(choice.reason()).isEqualTo("no update available");
        assertThat(choice.update()).isEmpty();
        assertThat(choice.booted()).contains(release("41.2", D, 3, false));
    }

    @Test
    void reportsABootedPayloadThatIsNotInTheGraph() {
        UpdateChoice choice =
                UpdateChooser.findUpdate(withEdges(LINE, 0, 3), Booted.checksum("e".repeat(64)), Set.of(), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.NOT_IN_GRAPH);
        assertThat(choice.reason()).isEqualTo("booted deployment not in graph");
        assertThat(choice.update()).isEmpty();
        assertThat(choice.booted()).isEmpty();
        assertThat(choice.deadEndReason()).isEmpty();
    }

    @Test
    void matchesOnlyNodesOfTheBootedScheme() {
        // The same text under the oci scheme is not the booted checksum.
        CincinnatiGraph graph = withEdges(
                graph(node("40.1", A, NodeMetadata.SCHEME_OCI, 0), checksum("40.1", A, 1), checksum("41.1", B, 2)),
                0,
                2);

        assertThat(UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false)
                        .reason())
                .isEqualTo("no update available");
    }

    @Test
    void findsTheFirstMatchingNodeAndIgnoresOtherMalformedNodes() {
        CincinnatiGraph graph = withEdges(
                graph(
                        GraphNode.builder().version("").payload("x").build(),
                        checksum("40.1", A, 0),
                        checksum("40.1-dup", A, 1),
                        checksum("41.1", B, 2)),
                2,
                3);

        UpdateChoice choice = UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false);

        assertThat(choice.booted()).contains(release("40.1", A, 0, false));
        assertThat(choice.reason()).isEqualTo("no update available");
    }

    @Test
    void refusesADowngrade() {
        UpdateChoice choice = UpdateChooser.findUpdate(withEdges(LINE, 3, 1), Booted.checksum(D), Set.of(), false);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.DOWNGRADE_REFUSED);
        assertThat(choice.reason()).isEqualTo("update is a downgrade from 41.2 to 40.2, refused");
        assertThat(choice.update()).isEmpty();
    }

    @Test
    void allowsADowngradeWhenAsked() {
        UpdateChoice choice = UpdateChooser.findUpdate(withEdges(LINE, 3, 1), Booted.checksum(D), Set.of(), true);

        assertThat(choice.outcome()).isEqualTo(UpdateOutcome.DOWNGRADE_ALLOWED);
        assertThat(choice.reason()).isEqualTo("update found (downgrade from 41.2 to 40.2, allowed)");
        assertThat(choice.update()).contains(release("40.2", B, 1, false));
    }

    @Test
    void anEdgeToItselfIsNoUpgrade() {
        UpdateChoice choice = UpdateChooser.findUpdate(withEdges(LINE, 1, 1), Booted.checksum(B), Set.of(), false);

        assertThat(choice.reason()).isEqualTo("update is a downgrade from 40.2 to 40.2, refused");
    }

    @Test
    void breaksAgeTiesByVersionThenPayload() {
        CincinnatiGraph graph = withEdges(
                graph(checksum("40.1", A, 0), checksum("41.9", B, 5), checksum("41.10", D, 5), checksum("41.9", C, 5)),
                0,
                1,
                0,
                2,
                0,
                3);

        // "41.9" > "41.10" as text; among the two "41.9", payload c... > b...
        assertThat(UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false)
                        .update())
                .contains(release("41.9", C, 5, false));
    }

    @Test
    void anEqualAgeWithASmallerVersionIsADowngrade() {
        CincinnatiGraph graph = withEdges(graph(checksum("41.2", A, 4), checksum("41.1", B, 4)), 0, 1);

        assertThat(UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false)
                        .reason())
                .isEqualTo("update is a downgrade from 41.2 to 41.1, refused");
    }

    @Test
    void reportsADeadEndWithItsReason() {
        CincinnatiGraph graph = withEdges(
                graph(
                        checksum("40.1", A, 0, NodeMetadata.DEADEND, "true", NodeMetadata.DEADEND_REASON, "bug 42"),
                        checksum("41.1", B, 1)),
                0,
                1);

        UpdateChoice choice = UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false);

        assertThat(choice.deadEndReason()).contains("bug 42");
        // The search goes on: edges out of a dead-end are the server's business.
        assertThat(choice.update()).contains(release("41.1", B, 1, false));
    }

    @Test
    void aDeadEndWithoutReasonHasAnUnknownReason() {
        CincinnatiGraph empty =
                graph(checksum("40.1", A, 0, NodeMetadata.DEADEND, "true", NodeMetadata.DEADEND_REASON, ""));
        CincinnatiGraph missing = graph(checksum("40.1", A, 0, NodeMetadata.DEADEND, "true"));
        CincinnatiGraph notDeadEnd = graph(checksum("40.1", A, 0, NodeMetadata.DEADEND, "false"));

        assertThat(UpdateChooser.findUpdate(empty, Booted.checksum(A), Set.of(), false)
                        .deadEndReason())
                .contains("(unknown reason)");
        assertThat(UpdateChooser.findUpdate(missing, Booted.checksum(A), Set.of(), false)
                        .deadEndReason())
                .contains("(unknown reason)");
        assertThat(UpdateChooser.findUpdate(notDeadEnd, Booted.checksum(A), Set.of(), false)
                        .deadEndReason())
                .isEqualTo(Optional.empty());
    }

    @Test
    void choosesInAnOciGraph() {
        CincinnatiGraph graph = withEdges(
                graph(node("41.1", OCI_A, NodeMetadata.SCHEME_OCI, 7), node("41.2", OCI_B, NodeMetadata.SCHEME_OCI, 8)),
                0,
                1);

        UpdateChoice choice = UpdateChooser.findUpdate(graph, Booted.parse(OCI_A), Set.of(), false);

        assertThat(choice.update()).contains(release("41.2", OCI_B, 8, true));
        assertThat(UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false)
                        .reason())
                .isEqualTo("booted deployment not in graph");
    }

    @Test
    void namesAMalformedBootedNode() {
        CincinnatiGraph graph = graph(
                checksum("40.1", B, 0),
                GraphNode.builder()
                        .version("41.1")
                        .payload(A)
                        .putMetadata(NodeMetadata.SCHEME, NodeMetadata.SCHEME_CHECKSUM)
                        .build());

        assertThatThrownBy(() -> UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false))
                .isInstanceOf(GraphException.class)
                .hasMessage("node 1 (41.1): age_index missing");
    }

    @Test
    void namesAMalformedCandidate() {
        CincinnatiGraph graph = withEdges(
                graph(
                        checksum("40.1", A, 0),
                        node("41.1", B, "rpm", 1),
                        checksum("41.2", C, 2, NodeMetadata.AGE_INDEX, "two")),
                0,
                2);

        assertThatThrownBy(() -> UpdateChooser.findUpdate(graph, Booted.checksum(A), Set.of(), false))
                .isInstanceOf(GraphException.class)
                .hasMessage("node 2 (41.2): age_index \"two\" is not an unsigned integer up to 9223372036854775807");
    }
}
