/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import java.util.Locale;

/** Why a release that the booted node's edges lead to is, or is not, offered to the node now. */
public enum CandidateState {
    /** Served to this node now, newer than the booted release, not deny-listed. */
    OFFERED,
    /** A rollout whose throttling at this instant is below the node's wariness (SPEC §2.3). */
    THROTTLED,
    /** Deny-listed by the node (e.g. the deployment it rolled back from). */
    DENIED,
    /** Served, but not newer than the booted release: refused as a downgrade (SPEC §3 step 5). */
    DOWNGRADE;

    /**
     * The state's name in JSON output.
     *
     * @return e.g. {@code throttled}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
