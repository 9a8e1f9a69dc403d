/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One Alibaba Cloud image of the {@code aliyun} list of a {@link BuildMeta}.
 */
@Value.Immutable
@ModelStyle
public interface AliyunImage {
    /**
     * JSON key {@code name}: the region, e.g. {@code us-west-1}.
     *
     * @return the value
     */
    String name();

    /**
     * JSON key {@code id}: the image ID, e.g. {@code m-rj000000aaaa111azzzz}.
     *
     * @return the value
     */
    String id();

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

    /** Builds {@link AliyunImage} values. */
    final class Builder extends ImmutableAliyunImage.Builder {
        /** Creates an empty builder, as {@link AliyunImage#builder()} does. */
        public Builder() {}
    }
}
