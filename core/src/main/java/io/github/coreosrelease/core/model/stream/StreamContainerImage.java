/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The KubeVirt container disk image of a {@link StreamImages} ({@code kubevirt}).
 */
@Value.Immutable
@ModelStyle
public interface StreamContainerImage {
    /**
     * JSON key {@code release}: the release the image was made from.
     *
     * @return the value
     */
    String release();

    /**
     * JSON key {@code image}: the image by tag.
     *
     * @return the value
     */
    String image();

    /**
     * JSON key {@code digest-ref}: the same image by digest.
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

    /** Builds {@link StreamContainerImage} values. */
    final class Builder extends ImmutableStreamContainerImage.Builder {
        /** Creates an empty builder, as {@link StreamContainerImage#builder()} does. */
        public Builder() {}
    }
}
