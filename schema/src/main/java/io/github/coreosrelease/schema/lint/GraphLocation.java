/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.graph.Scope;
import org.immutables.value.Value;

/** A release in a built update graph: where a graph lint rule found something. */
@Value.Immutable
@ModelStyle
public non-sealed interface GraphLocation extends Location {
    /**
     * The graph: stream, architecture and payload scheme.
     *
     * @return the graph's scope
     */
    Scope scope();

    /**
     * The release concerned.
     *
     * @return its version
     */
    String version();

    /**
     * The location as {@code <basearch>/<scheme>@<version>}.
     *
     * @return e.g. {@code x86_64/checksum@41.20250105.3.0} or {@code aarch64/oci@41.20250105.3.0}
     */
    @Override
    default String describe() {
        return scope().basearch() + "/" + scheme(scope()) + "@" + version();
    }

    /**
     * The name of a scope's payload scheme.
     *
     * @param scope a graph scope
     * @return {@code oci} or {@code checksum}
     */
    static String scheme(Scope scope) {
        return scope.oci() ? "oci" : "checksum";
    }

    /**
     * A release in a graph.
     *
     * @param scope the graph's scope
     * @param version the release's version
     * @return the location
     */
    static GraphLocation of(Scope scope, String version) {
        return builder().scope(scope).version(version).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GraphLocation} values. */
    final class Builder extends ImmutableGraphLocation.Builder {
        /** Creates an empty builder, as {@link GraphLocation#builder()} does. */
        public Builder() {}
    }
}
