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
 * The release index {@code releases.json} of one stream (SPEC §1.5): every release, oldest first,
 * with its OSTree commits and OCI images per architecture.
 *
 * <pre>{@code
 * ReleaseIndex index = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, Path.of("releases.json"));
 * IndexRelease newest = index.releases().get(index.releases().size() - 1);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ReleaseIndex {
    /**
     * The free-text {@code note} at the top of the document.
     *
     * @return the note
     */
    Optional<String> note();

    /**
     * The {@code stream} name.
     *
     * @return the stream, e.g. {@code stable}; the graph builder does not need it
     */
    Optional<String> stream();

    /**
     * The document {@code metadata}.
     *
     * @return the metadata
     */
    Optional<DocumentMetadata> metadata();

    /**
     * The {@code releases}, oldest first.
     *
     * @return the releases in document order
     */
    List<IndexRelease> releases();

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

    /** Builds {@link ReleaseIndex} values. */
    final class Builder extends ImmutableReleaseIndex.Builder {
        /** Creates an empty builder, as {@link ReleaseIndex#builder()} does. */
        public Builder() {}
    }
}
