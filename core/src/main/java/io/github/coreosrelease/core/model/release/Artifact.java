/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One downloadable file of a release or stream: where it is, its signature and its checksums (SPEC
 * §1.4, §1.8).
 */
@Value.Immutable
@ModelStyle
public interface Artifact {
    /**
     * JSON key {@code location}: the download URL.
     *
     * @return the value
     */
    String location();

    /**
     * JSON key {@code signature}: the URL of the detached signature; empty text when signatures are
     * off, absent in some stream metadata.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> signature();

    /**
     * JSON key {@code sha256}: the SHA-256 of the file as downloaded.
     *
     * @return the value
     */
    String sha256();

    /**
     * JSON key {@code uncompressed-sha256}: the SHA-256 of the decompressed file.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> uncompressedSha256();

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

    /** Builds {@link Artifact} values. */
    final class Builder extends ImmutableArtifact.Builder {
        /** Creates an empty builder, as {@link Artifact#builder()} does. */
        public Builder() {}
    }
}
