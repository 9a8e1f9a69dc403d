/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.diff;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An update edge named by the versions at its ends, so that edges of two graphs can be compared.
 * Named like {@link io.github.coreosrelease.core.model.GraphEdge} and {@link
 * io.github.coreosrelease.graph.view.ReleaseEdge}: {@code source} and {@code target}, here versions.
 */
@Value.Immutable
@ModelStyle
public interface VersionEdge {
    /**
     * The version the update starts from.
     *
     * @return the source version
     */
    String source();

    /**
     * The version the update goes to.
     *
     * @return the target version
     */
    String target();

    /**
     * The edge as {@code from -> to}.
     *
     * @return e.g. {@code 40.20240602.3.0 -> 41.20241215.3.0}
     */
    default String describe() {
        return source() + " -> " + target();
    }

    /**
     * An edge.
     *
     * @param source the version the update starts from
     * @param target the version the update goes to
     * @return the edge
     */
    static VersionEdge of(String source, String target) {
        return builder().source(source).target(target).build();
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
