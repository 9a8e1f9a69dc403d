/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.assertj;

import io.github.coreosrelease.schema.diff.DiffFormat;
import io.github.coreosrelease.schema.diff.GraphDiff;
import io.github.coreosrelease.schema.diff.StateChange;
import io.github.coreosrelease.schema.diff.VersionEdge;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link GraphDiff}, by version. Failure messages show what the diff does
 * instead, e.g. {@code expected the change to add edge 41.1 -> 41.3, but it adds [41.2 -> 41.3]}.
 * States are compared in the words of {@link io.github.coreosrelease.schema.diff.NodeState#describe()}
 * ({@code plain}, {@code barrier "reason"}, {@code dead-end "reason"}, {@code rollout ...}), as
 * {@code coreos-release diff} prints them.
 */
public final class GraphDiffAssert extends AbstractAssert<GraphDiffAssert, GraphDiff> {
    /**
     * Starts assertions on a diff; see {@link DiffAssertions#assertThat(GraphDiff)}.
     *
     * @param actual the diff under test
     */
    public GraphDiffAssert(GraphDiff actual) {
        super(actual, GraphDiffAssert.class);
    }

    /**
     * Verifies that the change adds the update edge.
     *
     * @param source the version the update starts from
     * @param target the version the update goes to
     * @return this assertion object
     */
    public GraphDiffAssert addsEdge(String source, String target) {
        isNotNull();
        if (!actual.addedEdges().contains(VersionEdge.of(source, target))) {
            fail("expected the change to add edge " + source + " -> " + target + ", but it adds "
                    + describe(actual.addedEdges()));
        }
        return myself;
    }

    /**
     * Verifies that the change removes the update edge.
     *
     * @param source the version the update starts from
     * @param target the version the update goes to
     * @return this assertion object
     */
    public GraphDiffAssert removesEdge(String source, String target) {
        isNotNull();
        if (!actual.removedEdges().contains(VersionEdge.of(source, target))) {
            fail("expected the change to remove edge " + source + " -> " + target + ", but it removes "
                    + describe(actual.removedEdges()));
        }
        return myself;
    }

    /**
     * Verifies that the change adds no update edge.
     *
     * @return this assertion object
     */
    public GraphDiffAssert addsNoEdges() {
        isNotNull();
        if (!actual.addedEdges().isEmpty()) {
            fail("expected the change to add no edges, but it adds " + describe(actual.addedEdges()));
        }
        return myself;
    }

    /**
     * Verifies that the change removes no update edge.
     *
     * @return this assertion object
     */
    public GraphDiffAssert removesNoEdges() {
        isNotNull();
        if (!actual.removedEdges().isEmpty()) {
            fail("expected the change to remove no edges, but it removes " + describe(actual.removedEdges()));
        }
        return myself;
    }

    /**
     * Verifies that the change makes a release a barrier, a dead-end or a rollout, or stops it being
     * one: its state differs between the two graphs.
     *
     * @param version the release
     * @return this assertion object
     */
    public GraphDiffAssert changesState(String version) {
        isNotNull();
        if (change(version).isEmpty()) {
            fail("expected the change to change the state of " + version + ", but it changes " + changedVersions());
        }
        return myself;
    }

    /**
     * Verifies how the change changes the state of a release.
     *
     * @param version the release
     * @param before its state in the first graph, as {@code NodeState.describe()} words it, e.g.
     *     {@code plain}
     * @param after its state in the second graph, e.g. {@code dead-end "https://example.org/1"}
     * @return this assertion object
     */
    public GraphDiffAssert changesState(String version, String before, String after) {
        isNotNull();
        String expected = "expected the change to change the state of " + version + " from " + before + " to " + after;
        Optional<StateChange> change = change(version);
        if (change.isEmpty()) {
            fail(expected + ", but it changes " + changedVersions());
            return myself;
        }
        String actualBefore = change.get().before().describe();
        String actualAfter = change.get().after().describe();
        if (!actualBefore.equals(before) || !actualAfter.equals(after)) {
            fail(expected + ", but it changes it from " + actualBefore + " to " + actualAfter);
        }
        return myself;
    }

    /**
     * Verifies that the change does nothing to the graph: no release, state or edge differs.
     *
     * @return this assertion object
     */
    public GraphDiffAssert changesNothing() {
        isNotNull();
        if (!actual.isEmpty()) {
            fail("expected no difference, but the change does this:\n" + DiffFormat.text(actual));
        }
        return myself;
    }

    private Optional<StateChange> change(String version) {
        return actual.changedNodes().stream()
                .filter(change -> change.version().equals(version))
                .findFirst();
    }

    private String changedVersions() {
        return "the states of "
                + actual.changedNodes().stream().map(StateChange::version).collect(Collectors.toList());
    }

    private static String describe(List<VersionEdge> edges) {
        return edges.stream()
                .map(VersionEdge::describe)
                .collect(Collectors.toList())
                .toString();
    }

    private void fail(String message) {
        // complete text, not a format pattern: versions and reasons may contain '%'
        failWithMessage("%s", message);
    }
}
