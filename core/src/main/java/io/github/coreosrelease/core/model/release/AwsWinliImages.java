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
 * The AWS Windows License Included images of a {@link RhelCoreosExtensions} ({@code
 * rhel-coreos-extensions.aws-winli}), from the {@code aws-winli} uploads of the build.
 */
@Value.Immutable
@ModelStyle
public interface AwsWinliImages {
    /**
     * JSON key {@code images}: the AMI of every region, by region name (e.g. {@code us-east-1}).
     *
     * @return the images in document order, or empty when the field is absent or null
     */
    Optional<Map<String, RegionImage>> images();

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

    /** Builds {@link AwsWinliImages} values. */
    final class Builder extends ImmutableAwsWinliImages.Builder {
        /** Creates an empty builder, as {@link AwsWinliImages#builder()} does. */
        public Builder() {}
    }
}
