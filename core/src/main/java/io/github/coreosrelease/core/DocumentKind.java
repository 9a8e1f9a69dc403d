/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

/** The documents of the Fedora CoreOS release pipeline, as named in error messages. */
public enum DocumentKind {
    /** {@code meta.json}: build metadata written by coreos-assembler, one per build and arch. */
    META("meta.json"),
    /** {@code release.json}: release metadata, one per release, all architectures. */
    RELEASE("release.json"),
    /** {@code releases.json}: the release index of a stream. */
    RELEASE_INDEX("release index"),
    /** {@code updates/<stream>.json}: barriers, dead-ends and rollouts of a stream. */
    UPDATES("updates"),
    /** A Cincinnati update graph, as served on {@code /v1/graph}. */
    GRAPH("graph"),
    /** A Cincinnati error body {@code {"kind", "value"}}. */
    GRAPH_ERROR("graph error"),
    /** {@code streams/<stream>.json}: stream metadata. */
    STREAM("stream metadata"),
    /** The output of {@code rpm-ostree status --json}. */
    RPM_OSTREE_STATUS("rpm-ostree status");

    private final String displayName;

    DocumentKind(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The name used in messages.
     *
     * @return a short human-readable name, e.g. {@code "release index"}
     */
    public String displayName() {
        return displayName;
    }
}
