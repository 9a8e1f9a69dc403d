/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/** An update edge named by the versions at its ends, so that edges of two graphs can be compared. */
@Value.Immutable
@ModelStyle
public interface VersionEdge {
    /**
     * The version the update starts from.
     *
     * @return the source version
     */
    String fromVersion();

    /**
     * The version the update goes to.
     *
     * @return the target version
     */
    String toVersion();

    /**
     * The edge as {@code from -> to}.
     *
     * @return e.g. {@code 40.20240602.3.0 -> 41.20241215.3.0}
     */
    default String describe() {
        return fromVersion() + " -> " + toVersion();
    }

    /**
     * An edge.
     *
     * @param from the source version
     * @param to the target version
     * @return the edge
     */
    static VersionEdge of(String from, String to) {
        return builder().fromVersion(from).toVersion(to).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link VersionEdge} values. */
    final class Builder extends ImmutableVersionEdge.Builder {
        /** Creates an empty builder, as {@link VersionEdge#builder()} does. */
        public Builder() {}
    }
}
