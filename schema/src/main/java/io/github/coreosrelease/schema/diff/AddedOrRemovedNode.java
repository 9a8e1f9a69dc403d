/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/** A release present in only one graph of a diff, with its state there. */
@Value.Immutable
@ModelStyle
public interface AddedOrRemovedNode {
    /**
     * The release.
     *
     * @return its version
     */
    String version();

    /**
     * The release's state in the graph that has it.
     *
     * @return the state
     */
    NodeState state();

    /**
     * A node.
     *
     * @param version the version
     * @param state its state
     * @return the node
     */
    static AddedOrRemovedNode of(String version, NodeState state) {
        return builder().version(version).state(state).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AddedOrRemovedNode} values. */
    final class Builder extends ImmutableAddedOrRemovedNode.Builder {
        /** Creates an empty builder, as {@link AddedOrRemovedNode#builder()} does. */
        public Builder() {}
    }
}
