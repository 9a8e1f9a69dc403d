/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of an {@link Updates} document: a version and what applies to it.
 */
@Value.Immutable
@ModelStyle
public interface UpdateRelease {
    /**
     * The release {@code version} this entry applies to.
     *
     * @return the version text
     */
    String version();

    /**
     * The entry's {@code metadata}: barrier, dead-end, rollout.
     *
     * @return the metadata
     */
    UpdateMetadata metadata();

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

    /** Builds {@link UpdateRelease} values. */
    final class Builder extends ImmutableUpdateRelease.Builder {
        /** Creates an empty builder, as {@link UpdateRelease#builder()} does. */
        public Builder() {}
    }
}
