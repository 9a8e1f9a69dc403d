/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

/** What {@link ReleaseIndexUpdater#add} did to the release index (SPEC §4.2). */
public enum IndexChange {
    /** The release was not in the index and was appended as the newest entry. */
    APPENDED,

    /**
     * The release was the last entry with a strict subset of the payloads (e.g. an architecture was
     * added since) and was replaced.
     */
    REPLACED,

    /** The release was already the last entry with the same payloads; the index is unchanged. */
    UNCHANGED
}
