/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One architecture of a {@link StreamMetadata}: artifacts per platform and cloud images (SPEC
 * §1.8).
 */
@Value.Immutable
@ModelStyle
public interface StreamArch {
    /**
     * JSON key {@code artifacts}: the artifacts per platform, e.g. {@code metal}, in document
     * order.
     *
     * @return the platforms by name
     */
    Map<String, StreamPlatform> artifacts();

    /**
     * JSON key {@code images}: the cloud images.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamImages> images();

    /**
     * JSON key {@code rhel-coreos-extensions}: data specific to Red Hat Enterprise Linux CoreOS.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRhelCoreosExtensions> rhelCoreosExtensions();

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

    /** Builds {@link StreamArch} values. */
    final class Builder extends ImmutableStreamArch.Builder {
        /** Creates an empty builder, as {@link StreamArch#builder()} does. */
        public Builder() {}
    }
}
