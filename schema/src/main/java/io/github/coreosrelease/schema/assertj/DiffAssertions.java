/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.assertj;

import io.github.coreosrelease.schema.diff.GraphDiff;

/**
 * Entry point of the AssertJ assertions on a {@link GraphDiff}: what an updates or release index
 * change does to a graph, asserted by version. Needs {@code assertj-core} on the test class path
 * (the schema module declares it optional). Its {@code assertThat} can be imported beside {@link
 * io.github.coreosrelease.graph.assertj.CoreosAssertions#assertThat}.
 *
 * <pre>{@code
 * assertThat(GraphDiffer.diffUpdates(index, before, after, Scope.inStream("stable").checksum("x86_64")))
 *     .removesEdge("41.20241109.3.0", "41.20241122.3.0")
 *     .changesState("41.20241109.3.0", "plain", "dead-end \"https://github.com/coreos/fedora-coreos-tracker/issues/1\"")
 *     .addsNoEdges();
 * }</pre>
 */
public final class DiffAssertions {
    private DiffAssertions() {}

    /**
     * Starts assertions on a graph diff.
     *
     * @param actual the diff under test
     * @return the assertion object
     */
    public static GraphDiffAssert assertThat(GraphDiff actual) {
        return new GraphDiffAssert(actual);
    }
}
