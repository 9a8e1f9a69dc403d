/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A node of the graph that resembles a booted deployment the graph does not contain: the same
 * version with another payload, or the same OCI digest in another repository.
 */
@Value.Immutable
@ModelStyle
public interface NearMatch {
    /**
     * The node's version.
     *
     * @return the version
     */
    String version();

    /**
     * The node's payload.
     *
     * @return the payload
     */
    String payload();

    /**
     * How it resembles the booted deployment.
     *
     * @return e.g. {@code same version, another payload}
     */
    String resemblance();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link NearMatch} values. */
    final class Builder extends ImmutableNearMatch.Builder {
        /** Creates an empty builder, as {@link NearMatch#builder()} does. */
        public Builder() {}
    }
}
