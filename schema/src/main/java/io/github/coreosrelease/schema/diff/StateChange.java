/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/** A release in both graphs of a diff whose barrier, dead-end or rollout state differs. */
@Value.Immutable
@ModelStyle
public interface StateChange {
    /**
     * The release.
     *
     * @return its version
     */
    String version();

    /**
     * The state in the first graph.
     *
     * @return the old state
     */
    NodeState before();

    /**
     * The state in the second graph.
     *
     * @return the new state
     */
    NodeState after();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StateChange} values. */
    final class Builder extends ImmutableStateChange.Builder {
        /** Creates an empty builder, as {@link StateChange#builder()} does. */
        public Builder() {}
    }
}
