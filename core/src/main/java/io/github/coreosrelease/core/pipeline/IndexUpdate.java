/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.ReleaseIndex;
import org.immutables.value.Value;

/** The outcome of {@link ReleaseIndexUpdater#add}: the new index and what changed. */
@Value.Immutable
@ModelStyle
public interface IndexUpdate {
    /**
     * The release index after the update; the very same index when nothing changed.
     *
     * @return the index
     */
    ReleaseIndex index();

    /**
     * What the update did.
     *
     * @return appended, replaced or unchanged
     */
    IndexChange change();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link IndexUpdate} values. */
    final class Builder extends ImmutableIndexUpdate.Builder {
        /** Creates an empty builder, as {@link IndexUpdate#builder()} does. */
        public Builder() {}
    }
}
