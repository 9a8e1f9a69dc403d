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
 * Data specific to Red Hat Enterprise Linux CoreOS in a {@link StreamArch} ({@code
 * rhel-coreos-extensions}).
 */
@Value.Immutable
@ModelStyle
public interface StreamRhelCoreosExtensions {
    /**
     * JSON key {@code azure-disk}: the Azure disk image that can be copied into an image gallery.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamAzureDisk> azureDisk();

    /**
     * JSON key {@code aws-winli}: the AWS Windows License Included images, {@code regions} by region
     * name, each with its {@code release}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<StreamRegionImages> awsWinli();

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

    /** Builds {@link StreamRhelCoreosExtensions} values. */
    final class Builder extends ImmutableStreamRhelCoreosExtensions.Builder {
        /** Creates an empty builder, as {@link StreamRhelCoreosExtensions#builder()} does. */
        public Builder() {}
    }
}
