/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/** The first barrier release that a node must pass through on its way to the newest release. */
@Value.Immutable
@ModelStyle
public interface BarrierAhead {
    /**
     * The barrier's version.
     *
     * @return the version
     */
    String version();

    /**
     * The barrier's reason ({@code generic} when the updates document gave none).
     *
     * @return the reason, e.g. a tracker issue URL
     */
    String reason();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BarrierAhead} values. */
    final class Builder extends ImmutableBarrierAhead.Builder {
        /** Creates an empty builder, as {@link BarrierAhead#builder()} does. */
        public Builder() {}
    }
}
