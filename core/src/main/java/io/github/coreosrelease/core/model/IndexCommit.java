/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An OSTree commit of one architecture in an {@link IndexRelease}.
 */
@Value.Immutable
@ModelStyle
public interface IndexCommit {
    /**
     * The {@code architecture}, e.g. {@code x86_64}.
     *
     * @return the architecture
     */
    String architecture();

    /**
     * The OSTree commit {@code checksum} (64 hex characters in valid documents).
     *
     * @return the checksum text
     */
    String checksum();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
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

    /** Builds {@link IndexCommit} values. */
    final class Builder extends ImmutableIndexCommit.Builder {
        /** Creates an empty builder, as {@link IndexCommit#builder()} does. */
        public Builder() {}
    }
}
