/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.release;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The OS container image of a {@link ReleaseArch} ({@code oci-image}, SPEC §1.4).
 */
@Value.Immutable
@ModelStyle
public interface ReleaseOciImage {
    /**
     * JSON key {@code image}: the image by its floating tag, e.g. {@code
     * quay.io/fedora/fedora-coreos:stable}.
     *
     * @return the value
     */
    String image();

    /**
     * JSON key {@code digest-ref}: the same image by its architecture-specific digest, e.g. {@code
     * quay.io/fedora/fedora-coreos@sha256:...}.
     *
     * @return the value
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

    /** Builds {@link ReleaseOciImage} values. */
    final class Builder extends ImmutableReleaseOciImage.Builder {
        /** Creates an empty builder, as {@link ReleaseOciImage#builder()} does. */
        public Builder() {}
    }
}
