/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A node of a {@link CincinnatiGraph}: a release with its payload and string metadata (SPEC §1.7, §2.1).
 */
@Value.Immutable
@ModelStyle
public interface GraphNode {
    /**
     * The release {@code version}.
     *
     * @return the version text
     */
    String version();

    /**
     * The {@code payload}: an OSTree checksum, or an OCI digest pullspec in OCI graphs.
     *
     * @return the payload text
     */
    String payload();

    /**
     * The node {@code metadata}, string to string, in insertion order.
     *
     * @return the metadata
     */
    Map<String, String> metadata();

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

    /** Builds {@link GraphNode} values. */
    final class Builder extends ImmutableGraphNode.Builder {
        /** Creates an empty builder, as {@link GraphNode#builder()} does. */
        public Builder() {}
    }
}
