/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/** The payload aliases of one release version, by architecture (one member of {@link PayloadAliases}). */
@Value.Immutable
@ModelStyle
public interface VersionAliases {
    /**
     * The release version, the member name in the document.
     *
     * @return e.g. {@code 43.20251024.3.0}
     */
    String version();

    /**
     * The aliases of the version by architecture name, in document order.
     *
     * @return e.g. {@code x86_64 -> {good, bad}}
     */
    Map<String, PayloadAlias> architectures();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link VersionAliases} values. */
    final class Builder extends ImmutableVersionAliases.Builder {
        /** Creates an empty builder, as {@link VersionAliases#builder()} does. */
        public Builder() {}
    }
}
