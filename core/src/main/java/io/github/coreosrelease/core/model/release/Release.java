/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The release metadata {@code release.json} of one release, all architectures (SPEC §1.4).
 *
 * <pre>{@code
 * Release release = DocumentReader.standard().read(DocumentType.RELEASE, Path.of("release.json"));
 * Optional<String> commit = release.architectures().get("x86_64").commit();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface Release {
    /**
     * JSON key {@code release}: the release version, e.g. {@code 41.20250101.3.0}.
     *
     * @return the value
     */
    String release();

    /**
     * JSON key {@code stream}: the stream the release belongs to, e.g. {@code stable}.
     *
     * @return the value
     */
    String stream();

    /**
     * JSON key {@code metadata}: the document metadata ({@code last-modified}).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<DocumentMetadata> metadata();

    /**
     * JSON key {@code architectures}: the release's payloads and media per architecture, e.g.
     * {@code x86_64}, in document order.
     *
     * @return the architectures by name
     */
    Map<String, ReleaseArch> architectures();

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

    /** Builds {@link Release} values. */
    final class Builder extends ImmutableRelease.Builder {
        /** Creates an empty builder, as {@link Release#builder()} does. */
        public Builder() {}
    }
}
