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
 * An Azure disk image of a {@link RhelCoreosExtensions} ({@code azure-disk}).
 */
@Value.Immutable
@ModelStyle
public interface AzureDisk {
    /**
     * JSON key {@code url}: the URL of the image in Azure storage.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> url();

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

    /** Builds {@link AzureDisk} values. */
    final class Builder extends ImmutableAzureDisk.Builder {
        /** Creates an empty builder, as {@link AzureDisk#builder()} does. */
        public Builder() {}
    }
}
