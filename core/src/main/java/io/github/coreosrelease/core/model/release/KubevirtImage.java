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
 * The KubeVirt container disk image of a {@link ReleaseMedia} ({@code media.kubevirt.image}).
 */
@Value.Immutable
@ModelStyle
public interface KubevirtImage {
    /**
     * JSON key {@code image}: the image by tag, e.g. {@code
     * quay.io/fedora/fedora-coreos-kubevirt:stable}.
     *
     * @return the value
     */
    String image();

    /**
     * JSON key {@code digest-ref}: the same image by digest; older releases lack it.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> digestRef();

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

    /** Builds {@link KubevirtImage} values. */
    final class Builder extends ImmutableKubevirtImage.Builder {
        /** Creates an empty builder, as {@link KubevirtImage#builder()} does. */
        public Builder() {}
    }
}
