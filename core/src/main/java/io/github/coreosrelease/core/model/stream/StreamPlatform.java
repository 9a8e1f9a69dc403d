/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.stream;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.release.ArtifactFormat;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The artifacts of one platform of a {@link StreamArch}: the release they come from and their files
 * per format.
 */
@Value.Immutable
@ModelStyle
public interface StreamPlatform {
    /**
     * JSON key {@code release}: the release the artifacts come from.
     *
     * @return the value
     */
    String release();

    /**
     * JSON key {@code formats}: the files per format, e.g. {@code qcow2.xz}, in document order.
     *
     * @return the formats by name
     */
    Map<String, ArtifactFormat> formats();

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

    /** Builds {@link StreamPlatform} values. */
    final class Builder extends ImmutableStreamPlatform.Builder {
        /** Creates an empty builder, as {@link StreamPlatform#builder()} does. */
        public Builder() {}
    }
}
