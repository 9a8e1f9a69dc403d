/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import static io.github.coreosrelease.graph.assertj.CoreosAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.diff.GraphDiff;
import io.github.coreosrelease.schema.diff.GraphDiffer;
import io.github.coreosrelease.schema.diff.VersionEdge;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * What a release team's own test suite looks like (issue 13): the team proposes a change to
 * {@code updates/<stream>.json} (here: 41.20241122.3.0 turned out broken, so it becomes a dead-end
 * and 41.20241215.3.0 a barrier every node must pass) and asserts, before the change is merged,
 * what the change does to the graph nodes will be served. The documents are the bundled sample
 * index and updates, and the proposed file beside this test.
 */
class ReleaseTeamUpdatesChangeTest {
    private static final String BROKEN = "41.20241122.3.0";
    private static final String FIX = "41.20241215.3.0";

    private final DocumentReader reader = DocumentReader.standard();
    private final ReleaseIndex index = read(DocumentType.RELEASE_INDEX, "samples/releases.json");
    private final Updates current = read(DocumentType.UPDATES, "samples/updates.json");
    private final Updates proposed = read(DocumentType.UPDATES, "usage/updates-proposed.json");

    @Test
    void theBrokenReleaseIsReachableToday() {
        assertThat(GraphBuilder.build(index, current, Scope.of("sample", "x86_64", false)))
                .hasEdge("41.20241027.3.0", BROKEN)
                .hasEdge(BROKEN, FIX);
    }

    @Test
    void afterTheChangeNoNodeIsSentToTheBrokenReleaseAndItsNodesAreToldWhy() {
        for (boolean oci : new boolean[] {false, true}) {
            assertThat(GraphBuilder.build(index, proposed, Scope.of("sample", "x86_64", oci)))
                    .hasNoEdge("41.20241027.3.0", BROKEN)
                    .hasNoEdgesFrom(BROKEN)
                    .nodeHasMetadata(
                            BROKEN, "org.fedoraproject.coreos.updates.deadend_reason", "https://example.org/issues/4")
                    .hasEdge("41.20241027.3.0", FIX)
                    .nodeHasMetadata(FIX, "org.fedoraproject.coreos.updates.barrier", "true")
                    .isAcyclic();
        }
    }

    @Test
    void theChangeRemovesExactlyTheEdgesIntoAndOutOfTheBrokenRelease() {
        GraphDiff diff = GraphDiffer.diffUpdates(index, current, proposed, Scope.of("sample", "x86_64", false));

        assertThat(diff.addedEdges()).isEmpty();
        assertThat(diff.removedEdges())
                .extracting(VersionEdge::source, VersionEdge::target)
                .containsExactly(
                        tuple("40.20240602.3.0", BROKEN), tuple("41.20241027.3.0", BROKEN), tuple(BROKEN, FIX));
        assertThat(diff.addedNodes()).isEmpty();
        assertThat(diff.removedNodes()).isEmpty();
    }

    @Test
    void everyOtherNodeStillReachesTheFix() {
        CincinnatiGraph after = GraphBuilder.build(index, proposed, Scope.of("sample", "x86_64", false));

        assertThat(after.nodes())
                .filteredOn(node ->
                        !node.version().equals(BROKEN) && !node.version().equals("41.20241109.3.0"))
                .allSatisfy(node -> assertThat(pathExists(after, node.version(), FIX))
                        .as("%s reaches %s", node.version(), FIX)
                        .isTrue());
    }

    private static boolean pathExists(CincinnatiGraph graph, String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        return graph.edges().stream()
                .filter(edge -> graph.nodes().get(edge.source()).version().equals(from))
                .anyMatch(edge ->
                        pathExists(graph, graph.nodes().get(edge.target()).version(), to));
    }

    private <T> T read(DocumentType<T> type, String sample) {
        String resource = "/io/github/coreosrelease/examples/" + sample;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test document " + resource);
            }
            return reader.read(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
