/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import static io.github.coreosrelease.graph.Fixtures.AGE;
import static io.github.coreosrelease.graph.Fixtures.DEADEND;
import static io.github.coreosrelease.graph.Fixtures.DEADEND_REASON;
import static io.github.coreosrelease.graph.Fixtures.DURATION;
import static io.github.coreosrelease.graph.Fixtures.ROLLOUT;
import static io.github.coreosrelease.graph.Fixtures.SCHEME;
import static io.github.coreosrelease.graph.Fixtures.START_EPOCH;
import static io.github.coreosrelease.graph.Fixtures.START_VALUE;
import static io.github.coreosrelease.graph.Fixtures.assertGraph;
import static io.github.coreosrelease.graph.Fixtures.edges;
import static io.github.coreosrelease.graph.Fixtures.node;
import static io.github.coreosrelease.graph.Fixtures.readIndex;
import static io.github.coreosrelease.graph.Fixtures.readUpdates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.UpdateChooser;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Alias nodes (SPEC §2.5); the documents are shared with the service tests. */
public class PayloadAliasNodesTest {
    public static final String REPO = "quay.io/fedora/fedora-coreos@";
    public static final String D1 = "sha256:" + "1".repeat(64);
    public static final String D2 = "sha256:" + "2".repeat(64);
    public static final String D3 = "sha256:" + "3".repeat(64);
    public static final String D4 = "sha256:" + "4".repeat(64);
    public static final String BAD1 = "sha256:" + "b1".repeat(32);
    public static final String BAD2 = "sha256:" + "b2".repeat(32);
    public static final String BAD4 = "sha256:" + "b4".repeat(32);

    public static final ReleaseIndex INDEX = readIndex("{\"releases\": ["
            + release("41.1", D1) + "," + release("41.2", D2) + "," + release("41.3", D3) + "," + release("41.4", D4)
            + "]}");

    public static final Updates UPDATES = readUpdates("{\"stream\": \"stable\", \"releases\": ["
            + "{\"version\": \"41.2\", \"metadata\": {\"deadend\": {\"reason\": \"r2\"}}},"
            + "{\"version\": \"41.3\", \"metadata\": {\"barrier\": {\"reason\": \"b3\"}}},"
            + "{\"version\": \"41.4\", \"metadata\": {\"rollout\": {\"start_epoch\": 1000,"
            + " \"start_percentage\": 0.5, \"duration_minutes\": 10}}}]}");

    public static final PayloadAliases ALIASES = aliases("{"
            + "\"41.1\": {\"x86_64\": {\"good\": \"" + D1 + "\", \"bad\": \"" + BAD1 + "\"},"
            + "           \"s390x\": {\"good\": \"" + D1 + "\", \"bad\": \"" + BAD1 + "\"}},"
            + "\"41.2\": {\"x86_64\": {\"good\": \"" + D3 + "\", \"bad\": \"" + BAD2 + "\"}},"
            + "\"41.4\": {\"x86_64\": {\"good\": \"" + D4 + "\", \"bad\": \"" + BAD4 + "\"}},"
            + "\"40.9\": {\"x86_64\": {\"good\": \"" + D4 + "\", \"bad\": \"" + BAD4 + "\"}}}");

    public static final Scope OCI = Scope.of("stable", "x86_64", true);

    static String release(String version, String digest) {
        return "{\"version\": \"" + version + "\", \"metadata\": \"m\", \"oci-images\": [{\"architecture\": \"x86_64\","
                + " \"image\": \"quay.io/fedora/fedora-coreos:stable\", \"digest-ref\": \"" + REPO + digest + "\"}],"
                + " \"commits\": [{\"architecture\": \"x86_64\", \"checksum\": \"c" + version + "\"}]}";
    }

    static PayloadAliases aliases(String json) {
        return DocumentReader.standard().read(DocumentType.PAYLOAD_ALIASES, json.getBytes(StandardCharsets.UTF_8));
    }

    public static CincinnatiGraph aliased() {
        return PayloadAliasNodes.append(GraphBuilder.build(INDEX, UPDATES, OCI), OCI, ALIASES);
    }

    @Test
    void aliasNodesFollowTheReleaseNodesWithTheirMetadataAndOutgoingEdges() {
        assertGraph(
                aliased(),
                List.of(
                        node("41.1", REPO + D1, AGE, "0", SCHEME, "oci"),
                        node("41.2", REPO + D2, AGE, "1", SCHEME, "oci", DEADEND, "true", DEADEND_REASON, "r2"),
                        node(
                                "41.3",
                                REPO + D3,
                                AGE,
                                "2",
                                SCHEME,
                                "oci",
                                NodeMetadata.BARRIER,
                                "true",
                                NodeMetadata.BARRIER_REASON,
                                "b3"),
                        node(
                                "41.4",
                                REPO + D4,
                                AGE,
                                "3",
                                SCHEME,
                                "oci",
                                ROLLOUT,
                                "true",
                                START_EPOCH,
                                "1000",
                                START_VALUE,
                                "0.5",
                                DURATION,
                                "10"),
                        node("41.1", REPO + BAD1, AGE, "0", SCHEME, "oci", NodeMetadata.ALIAS_OF, REPO + D1),
                        // The dead-end state carries over: no edge leaves the alias either. The alias
                        // names the document's good payload even where it is not the release's.
                        node(
                                "41.2",
                                REPO + BAD2,
                                AGE,
                                "1",
                                SCHEME,
                                "oci",
                                DEADEND,
                                "true",
                                DEADEND_REASON,
                                "r2",
                                NodeMetadata.ALIAS_OF,
                                REPO + D3)),
                // 0 -> barrier 2, barrier 2 -> rollout 3; alias 4 copies node 0's edge, never a target.
                edges(0, 2, 2, 3, 4, 2));
    }

    @Test
    void checksumGraphsAndEmptyDocumentsAreLeftAlone() {
        Scope checksum = Scope.of("stable", "x86_64", false);
        CincinnatiGraph built = GraphBuilder.build(INDEX, UPDATES, checksum);
        assertThat(PayloadAliasNodes.append(built, checksum, ALIASES)).isSameAs(built);
        CincinnatiGraph oci = GraphBuilder.build(INDEX, UPDATES, OCI);
        assertThat(PayloadAliasNodes.append(oci, OCI, PayloadAliases.empty())).isSameAs(oci);
        // Appending again adds nothing: the bad payloads are in the graph already.
        assertThat(PayloadAliasNodes.append(aliased(), OCI, ALIASES)).isEqualTo(aliased());
    }

    @Test
    void theEdgeBoundCountsTheAliasesEdges() {
        // Built: 0 -> 2, 2 -> 3; the alias of 41.1 adds 4 -> 2.
        CincinnatiGraph built = GraphBuilder.build(
                INDEX, UPDATES, OCI, GraphLimits.builder().maxEdges(2).build());
        assertThat(built.edges()).isEqualTo(edges(0, 2, 2, 3));

        GraphLimits two = GraphLimits.builder().maxEdges(2).build();
        assertThatThrownBy(() -> PayloadAliasNodes.append(built, OCI, ALIASES, two))
                .isInstanceOf(GraphException.class)
                .hasMessage("the OCI graph of x86_64 with payload aliases would have more than 2 edges");
        GraphSet set = GraphBuilder.buildAll(INDEX, UPDATES, "stable");
        assertThatThrownBy(() -> PayloadAliasNodes.append(set, ALIASES, two))
                .isInstanceOf(GraphException.class)
                .hasMessage("the OCI graph of x86_64 with payload aliases would have more than 2 edges");
        assertThat(PayloadAliasNodes.append(
                        built, OCI, ALIASES, GraphLimits.builder().maxEdges(3).build()))
                .isEqualTo(aliased());
        assertThat(PayloadAliasNodes.append(built, OCI, ALIASES)).isEqualTo(aliased());
    }

    @Test
    void theGraphSetGetsAliasesInItsOciGraphsOnly() {
        GraphSet built = GraphBuilder.buildAll(INDEX, UPDATES, "stable");
        GraphSet aliased = PayloadAliasNodes.append(built, ALIASES);
        assertThat(aliased.graph("x86_64", true)).contains(aliased());
        assertThat(aliased.graph("x86_64", false)).isEqualTo(built.graph("x86_64", false));
    }

    @Test
    void checkReportsEveryEntryThatAddsNoNodeOrNamesAnotherGoodDigest() {
        List<PayloadAliasIssue> issues =
                PayloadAliasNodes.check(GraphBuilder.buildAll(INDEX, UPDATES, "stable"), ALIASES);

        assertThat(issues)
                .extracting(i -> i.pointer() + " " + i.kind() + ": " + i.message())
                .containsExactly(
                        "/41.1/s390x NO_NODE: the OCI graph of s390x has no node of 41.1",
                        "/41.2/x86_64 GOOD_DIGEST_MISMATCH: the good digest " + D3
                                + " is not the digest of the release's payload " + REPO + D2
                                + "; the alias node still leads where 41.2 does",
                        "/41.4/x86_64 NEWEST_RELEASE: 41.4 is the newest release of the OCI graph of x86_64:"
                                + " nodes booted from " + BAD4 + " have nothing to update to yet",
                        "/40.9/x86_64 NO_NODE: the OCI graph of x86_64 has no node of 40.9");
    }

    @Test
    void aReleasePayloadWithoutDigestGetsNoAlias() {
        ReleaseIndex tagged = readIndex("{\"releases\": [{\"version\": \"41.1\", \"metadata\": \"m\", \"oci-images\":"
                + " [{\"architecture\": \"x86_64\", \"image\": \"i\", \"digest-ref\": \"quay.io/a/b:stable\"}]}, "
                + release("41.4", D4) + "]}");
        GraphSet graphs = GraphBuilder.buildAll(tagged, UPDATES, "stable");

        assertThat(PayloadAliasNodes.append(graphs, ALIASES).graph("x86_64", true))
                .isEqualTo(graphs.graph("x86_64", true));
        assertThat(PayloadAliasNodes.check(graphs, ALIASES))
                .extracting(PayloadAliasIssue::kind)
                .containsExactly(
                        PayloadAliasIssue.Kind.PAYLOAD_NOT_DIGEST_REF,
                        PayloadAliasIssue.Kind.NO_NODE,
                        PayloadAliasIssue.Kind.NO_NODE,
                        PayloadAliasIssue.Kind.NEWEST_RELEASE,
                        PayloadAliasIssue.Kind.NO_NODE);
    }

    /** Both the good and the bad payload of 41.1 find an update, whatever the instant and wariness. */
    @ParameterizedTest
    @ValueSource(longs = {0L, 999L, 1000L, 1300L, 1600L, 1601L, 1_000_000L})
    void bothPayloadsOfAReleaseFindTheirUpdateAtEveryInstant(long now) {
        for (double wariness : new double[] {0.0, 0.5, 1.0}) {
            CincinnatiGraph served = GraphPolicy.apply(aliased(), wariness, now);
            for (String digest : new String[] {D1, BAD1}) {
                assertThat(UpdateChooser.findUpdate(served, Booted.parse(REPO + digest), Set.of(), false)
                                .update()
                                .map(release -> release.version()))
                        .as("%s at %d for wariness %s", digest, now, wariness)
                        .isEqualTo(Optional.of("41.3"));
            }
        }
    }
}
