/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What applies to one release in an {@link Updates} document (SPEC §1.6).
 */
@Value.Immutable
@ModelStyle
public interface UpdateMetadata {
    /**
     * The {@code barrier}: every older release must update through this one.
     *
     * @return the barrier, if any
     */
    Optional<Reason> barrier();

    /**
     * The {@code deadend}: no automatic update leaves this release.
     *
     * @return the dead-end, if any
     */
    Optional<Reason> deadend();

    /**
     * The {@code rollout}: this release is offered to a growing share of the fleet.
     *
     * @return the rollout, if any
     */
    Optional<Rollout> rollout();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link UpdateMetadata} values. */
    final class Builder extends ImmutableUpdateMetadata.Builder {
        /** Creates an empty builder, as {@link UpdateMetadata#builder()} does. */
        public Builder() {}
    }
}
