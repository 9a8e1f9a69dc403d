/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One build artifact in the {@code images} object of a {@link BuildMeta}: the {@code artifact}
 * definition of the upstream schema (SPEC §1.1).
 */
@Value.Immutable
@ModelStyle
public interface MetaArtifact {
    /**
     * JSON key {@code path}: the file name, relative to the build directory.
     *
     * @return the value
     */
    String path();

    /**
     * JSON key {@code sha256}: the SHA-256 of the file as stored.
     *
     * @return the value
     */
    String sha256();

    /**
     * JSON key {@code size}: the size of the file in bytes; the schema types it as a number, so it
     * is kept exactly as written.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<BigDecimal> size();

    /**
     * JSON key {@code skip-compression}: whether the artifact must not be compressed or
     * decompressed before use.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Boolean> skipCompression();

    /**
     * JSON key {@code uncompressed-sha256}: the SHA-256 of the decompressed file.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> uncompressedSha256();

    /**
     * JSON key {@code uncompressed-size}: the size of the decompressed file in bytes.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<Long> uncompressedSize();

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

    /** Builds {@link MetaArtifact} values. */
    final class Builder extends ImmutableMetaArtifact.Builder {
        /** Creates an empty builder, as {@link MetaArtifact#builder()} does. */
        public Builder() {}
    }
}
