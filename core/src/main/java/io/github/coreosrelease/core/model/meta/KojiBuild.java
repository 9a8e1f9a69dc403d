/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Koji build a build was imported into ({@code koji} in a {@link BuildMeta}).
 */
@Value.Immutable
@ModelStyle
public interface KojiBuild {
    /**
     * JSON key {@code build_id}: the Koji build ID; the schema types it as a number, so it is kept
     * exactly as written.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<BigDecimal> buildId();

    /**
     * JSON key {@code token}: the Koji upload token.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> token();

    /**
     * JSON key {@code release}: the Koji build release.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> release();

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

    /** Builds {@link KojiBuild} values. */
    final class Builder extends ImmutableKojiBuild.Builder {
        /** Creates an empty builder, as {@link KojiBuild#builder()} does. */
        public Builder() {}
    }
}
