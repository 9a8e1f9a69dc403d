/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

/** How a search for the next update ended (SPEC §3); see {@link UpdateChoice#reason()}. */
public enum UpdateOutcome {
    /** An update newer than the booted release was found. */
    UPDATE_FOUND,
    /** The best candidate is not newer than the booted release, and downgrades were allowed. */
    DOWNGRADE_ALLOWED,
    /** The best candidate is not newer than the booted release: refused. */
    DOWNGRADE_REFUSED,
    /** No node of the booted kind carries the booted payload. */
    NOT_IN_GRAPH,
    /** No edge leaves the booted node. */
    NO_UPDATE,
    /** Edges leave the booted node, but every target's payload is deny-listed. */
    ALL_DENY_LISTED;

    /**
     * Whether this outcome carries an update to apply.
     *
     * @return {@code true} for {@link #UPDATE_FOUND} and {@link #DOWNGRADE_ALLOWED}
     */
    public boolean hasUpdate() {
        return this == UPDATE_FOUND || this == DOWNGRADE_ALLOWED;
    }
}
