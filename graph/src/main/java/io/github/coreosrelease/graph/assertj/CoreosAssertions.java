/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.assertj;

import io.github.coreosrelease.core.model.CincinnatiGraph;

/**
 * Entry point of the library's AssertJ assertions. Needs {@code assertj-core} on the test class
 * path (the graph module declares it optional).
 *
 * <pre>{@code
 * CoreosAssertions.assertThat(graph).hasEdge("40.1", "41.1").isAcyclic();
 * }</pre>
 */
public final class CoreosAssertions {
    private CoreosAssertions() {}

    /**
     * Starts assertions on a Cincinnati graph.
     *
     * @param actual the graph under test
     * @return the assertion object
     */
    public static GraphAssert assertThat(CincinnatiGraph actual) {
        return new GraphAssert(actual);
    }
}
