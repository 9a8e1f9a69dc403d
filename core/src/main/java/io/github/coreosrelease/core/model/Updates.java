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
 * The updates metadata {@code updates/<stream>.json} (SPEC §1.6): barriers, dead-ends and rollouts
 * of a stream's releases.
 */
@Value.Immutable
@ModelStyle
public interface Updates {
    /**
     * The {@code stream} name.
     *
     * @return the stream, e.g. {@code stable}
     */
    String stream();

    /**
     * The document {@code metadata}.
     *
     * @return the metadata
     */
    Optional<DocumentMetadata> metadata();

    /**
     * The {@code releases} entries, in document order. A version may appear more than once.
     *
     * @return the entries
     */
    List<UpdateRelease> releases();

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

    /** Builds {@link Updates} values. */
    final class Builder extends ImmutableUpdates.Builder {
        /** Creates an empty builder, as {@link Updates#builder()} does. */
        public Builder() {}
    }
}
