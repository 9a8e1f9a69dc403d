/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.assertj;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.barrier;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanUpdates;
import static io.github.coreosrelease.schema.testing.TestDocs.deadend;
import static io.github.coreosrelease.schema.testing.TestDocs.rollout;
import static io.github.coreosrelease.schema.testing.TestDocs.updates;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.diff.GraphDiff;
import io.github.coreosrelease.schema.diff.GraphDiffer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The assertions on graph diffs, passing and failing with their exact messages. */
class GraphDiffAssertTest {
    private static final Scope SCOPE = Scope.inStream("stable").checksum("x86_64");

    /** Makes V2's barrier reason change, V3 a dead-end (removing V3 -> V4), V4's rollout restart. */
    private static final GraphDiff DIFF = GraphDiffer.diffUpdates(
            cleanIndex(),
            cleanUpdates(),
            updates(
                    barrier(V2, "https://example.org/issues/2"),
                    deadend(V3, "https://example.org/issues/3"),
                    rollout(V4, NOW, "0.5", 2880)),
            SCOPE);

    /** The reverse change: V3 stops being a dead-end, so V3 -> V4 comes back. */
    private static final GraphDiff REVERSE = GraphDiffer.diffUpdates(
            cleanIndex(),
            updates(
                    barrier(V2, "https://example.org/issues/2"),
                    deadend(V3, "https://example.org/issues/3"),
                    rollout(V4, NOW, "0.5", 2880)),
            cleanUpdates(),
            SCOPE);

    private static void assertFails(ThrowingCallable assertion, String message) {
        assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void removesEdgeAndAddsNoEdges() {
        DiffAssertions.assertThat(DIFF).removesEdge(V3, V4).addsNoEdges();
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).removesEdge(V2, V4),
                "expected the change to remove edge 40.20240504.3.0 -> 41.20241109.3.0, but it removes"
                        + " [41.20241027.3.0 -> 41.20241109.3.0]");
        assertFails(
                () -> DiffAssertions.assertThat(REVERSE).addsNoEdges(),
                "expected the change to add no edges, but it adds [41.20241027.3.0 -> 41.20241109.3.0]");
    }

    @Test
    void addsEdgeAndRemovesNoEdges() {
        DiffAssertions.assertThat(REVERSE).addsEdge(V3, V4).removesNoEdges();
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).addsEdge(V3, V4),
                "expected the change to add edge 41.20241027.3.0 -> 41.20241109.3.0, but it adds []");
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).removesNoEdges(),
                "expected the change to remove no edges, but it removes [41.20241027.3.0 -> 41.20241109.3.0]");
    }

    @Test
    void changesState() {
        DiffAssertions.assertThat(DIFF)
                .changesState(V2)
                .changesState(V3, "plain", "dead-end \"https://example.org/issues/3\"")
                .changesState(
                        V2, "barrier \"https://example.org/issues/1\"", "barrier \"https://example.org/issues/2\"");
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).changesState("40.20240416.3.0"),
                "expected the change to change the state of 40.20240416.3.0, but it changes the states of"
                        + " [40.20240504.3.0, 41.20241027.3.0, 41.20241109.3.0]");
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).changesState(V3, "plain", "barrier \"x\""),
                "expected the change to change the state of 41.20241027.3.0 from plain to barrier \"x\", but it"
                        + " changes it from plain to dead-end \"https://example.org/issues/3\"");
        assertFails(
                () -> DiffAssertions.assertThat(DIFF).changesState("40.20240416.3.0", "plain", "plain"),
                "expected the change to change the state of 40.20240416.3.0 from plain to plain, but it changes the"
                        + " states of [40.20240504.3.0, 41.20241027.3.0, 41.20241109.3.0]");
    }

    @Test
    void changesNothing() {
        DiffAssertions.assertThat(GraphDiffer.diffUpdates(cleanIndex(), cleanUpdates(), cleanUpdates(), SCOPE))
                .changesNothing();
        assertFails(
                () -> DiffAssertions.assertThat(REVERSE).changesNothing(),
                "expected no difference, but the change does this:\n"
                        + "~ 40.20240504.3.0 barrier: \"https://example.org/issues/2\" -> \"https://example.org/issues/1\"\n"
                        + "~ 41.20241027.3.0 dead-end: \"https://example.org/issues/3\" -> none\n"
                        + "~ 41.20241109.3.0 rollout: start_epoch=1735689600 (2025-01-01T00:00:00Z)"
                        + " start_percentage=0.5 duration_minutes=2880 -> start_epoch=1735686000"
                        + " (2024-12-31T23:00:00Z) start_percentage=0.25 duration_minutes=2880\n"
                        + "+ edge 41.20241027.3.0 -> 41.20241109.3.0\n");
    }

    @Test
    void nullDiffFails() {
        assertFails(() -> DiffAssertions.assertThat(null).addsNoEdges(), "\nExpecting actual not to be null");
    }
}
