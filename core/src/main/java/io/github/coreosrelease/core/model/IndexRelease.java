/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One release of a {@link ReleaseIndex}: version, URL of its {@code release.json}, and the payloads
 * per architecture, as OSTree commits and as OCI images (SPEC §1.5).
 */
@Value.Immutable
@ModelStyle
public interface IndexRelease {
    /**
     * The release {@code version}, e.g. {@code 41.20250101.3.0}.
     *
     * @return the version text
     */
    String version();

    /**
     * The {@code metadata} URL of the release's {@code release.json}.
     *
     * @return the URL text
     */
    String metadata();

    /**
     * The {@code commits}: OSTree checksum per architecture. Absent in OCI-only releases.
     *
     * @return the commits, or empty when the field is absent
     */
    Optional<List<IndexCommit>> commits();

    /**
     * The {@code oci-images}: container image per architecture. Absent in older releases.
     *
     * @return the images, or empty when the field is absent
     */
    Optional<List<IndexOciImage>> ociImages();

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

    /** Builds {@link IndexRelease} values. */
    final class Builder extends ImmutableIndexRelease.Builder {
        /** Creates an empty builder, as {@link IndexRelease#builder()} does. */
        public Builder() {}
    }
}
