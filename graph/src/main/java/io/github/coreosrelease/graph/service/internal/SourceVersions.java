/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import java.util.Optional;

/**
 * The versions of a stream's source documents that one load was built from.
 *
 * @param index the release index
 * @param updates the updates document
 * @param aliases the payload aliases, empty for a stream without
 */
public record SourceVersions(
        DocumentVersion<ReleaseIndex> index,
        DocumentVersion<Updates> updates,
        Optional<DocumentVersion<PayloadAliases>> aliases) {
    /**
     * Whether the next refresh would send the same conditions as after the other versions.
     *
     * @param other the versions of another refresh of the same stream
     * @return {@code true} if every document has the same validators
     */
    public boolean sameValidators(SourceVersions other) {
        return index.sameValidators(other.index)
                && updates.sameValidators(other.updates)
                && aliases.isPresent() == other.aliases.isPresent()
                && aliases.map(mine -> mine.sameValidators(other.aliases.orElseThrow()))
                        .orElse(true);
    }
}
