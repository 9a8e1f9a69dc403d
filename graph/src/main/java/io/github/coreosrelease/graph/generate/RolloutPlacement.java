/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.generate;

/** Which releases of a generated stream get a rollout in the updates document. */
public enum RolloutPlacement {
    /**
     * Every release: each one is an edge target, the densest graph a stream can have between
     * barriers (every node gets an edge from every release since the previous barrier).
     */
    ALL,
    /** Only the newest release, as in a real stream between two releases. */
    LAST
}
