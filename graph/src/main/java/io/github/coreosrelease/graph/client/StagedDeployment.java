/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * The pending update of a node: the deployment rpm-ostree marks {@code "staged": true}, which the
 * next boot applies (SPEC §3.1).
 */
@Value.Immutable
@ModelStyle
public interface StagedDeployment {
    /**
     * The staged release's version.
     *
     * @return a non-empty version
     */
    String version();

    /**
     * The staged payload, with the same rules as the booted one (see {@link BootedDeployment}).
     *
     * @return an OSTree checksum or an image digest pullspec
     */
    Booted payload();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StagedDeployment} values. */
    final class Builder extends ImmutableStagedDeployment.Builder {
        /** Creates an empty builder, as {@link StagedDeployment#builder()} does. */
        public Builder() {}
    }
}
