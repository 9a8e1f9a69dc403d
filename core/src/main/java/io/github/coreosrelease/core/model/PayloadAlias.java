/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.ref.Digest;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of a {@link PayloadAliases} document: for one release and architecture, the OCI digest
 * that was released ({@code good}) and the one that some boot images deployed instead ({@code
 * bad}), SPEC §2.5.
 */
@Value.Immutable
@ModelStyle
public interface PayloadAlias {
    /**
     * The released manifest digest, the one in the release index.
     *
     * @return the {@code good} digest
     */
    Digest good();

    /**
     * The digest that nodes installed from the affected boot images report as booted.
     *
     * @return the {@code bad} digest
     */
    Digest bad();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields in document order
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

    /** Builds {@link PayloadAlias} values. */
    final class Builder extends ImmutablePayloadAlias.Builder {
        /** Creates an empty builder, as {@link PayloadAlias#builder()} does. */
        public Builder() {}
    }
}
