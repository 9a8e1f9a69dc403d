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
 * The cloud images of a {@link StreamArch} ({@code images}). Platforms not listed here are kept in
 * {@link #extraFields()}.
 */
@Value.Immutable
@ModelStyle
public interface StreamImages {
    /**
     * JSON key {@code aliyun}: the Alibaba Cloud images per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRegionImages> aliyun();

    /**
     * JSON key {@code aws}: the AWS images per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRegionImages> aws();

    /**
     * JSON key {@code gcp}: the Google Cloud image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamGcpImage> gcp();

    /**
     * JSON key {@code ibmcloud}: the IBM Cloud storage objects per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRegionObjects> ibmcloud();

    /**
     * JSON key {@code kubevirt}: the KubeVirt container disk image.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamContainerImage> kubevirt();

    /**
     * JSON key {@code powervs}: the IBM Power Virtual Server storage objects per region.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRegionObjects> powervs();

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

    /** Builds {@link StreamImages} values. */
    final class Builder extends ImmutableStreamImages.Builder {
        /** Creates an empty builder, as {@link StreamImages#builder()} does. */
        public Builder() {}
    }
}
