/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The RPM extensions built with a build ({@code extensions} in a {@link BuildMeta}).
 */
@Value.Immutable
@ModelStyle
public interface BuildExtensions {
    /**
     * JSON key {@code manifest}: the extensions manifest; the schema only says it is an object, so
     * its members are kept as raw JSON, in document order.
     *
     * @return the members of the manifest
     */
    Map<String, RawJson> manifest();

    /**
     * JSON key {@code path}: the file holding the extensions, relative to the build directory.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> path();

    /**
     * JSON key {@code sha256}: the SHA-256 of that file.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> sha256();

    /**
     * JSON key {@code rpm-ostree-state}: the rpm-ostree state checksum the extensions were built
     * against.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> rpmOstreeState();

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

    /** Builds {@link BuildExtensions} values. */
    final class Builder extends ImmutableBuildExtensions.Builder {
        /** Creates an empty builder, as {@link BuildExtensions#builder()} does. */
        public Builder() {}
    }
}
