/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An OCI image of one architecture in an {@link IndexRelease}: the tagged {@code image} for humans
 * and the immutable {@code digest-ref} that nodes update to.
 */
@Value.Immutable
@ModelStyle
public interface IndexOciImage {
    /**
     * The {@code architecture}, e.g. {@code x86_64}.
     *
     * @return the architecture
     */
    String architecture();

    /**
     * The tagged {@code image}, e.g. {@code quay.io/fedora/fedora-coreos:stable}.
     *
     * @return the image reference text
     */
    String image();

    /**
     * The {@code digest-ref}: the image by digest, e.g. {@code quay.io/fedora/fedora-coreos@sha256:...}.
     *
     * @return the pullspec text
     */
    String digestRef();

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

    /** Builds {@link IndexOciImage} values. */
    final class Builder extends ImmutableIndexOciImage.Builder {
        /** Creates an empty builder, as {@link IndexOciImage#builder()} does. */
        public Builder() {}
    }
}
