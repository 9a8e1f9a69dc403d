/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A git checkout a build was made from: {@code coreos-assembler.container-config-git}, {@code
 * coreos-assembler.container-image-git} and {@code coreos-assembler.yumrepos-git} in a {@link
 * BuildMeta} (the {@code git} definition of the upstream schema).
 */
@Value.Immutable
@ModelStyle
public interface GitRecord {
    /**
     * JSON key {@code commit}: the commit hash.
     *
     * @return the value
     */
    String commit();

    /**
     * JSON key {@code origin}: the URL of the remote.
     *
     * @return the value
     */
    String origin();

    /**
     * JSON key {@code branch}: the branch that was checked out, e.g. {@code testing-devel}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> branch();

    /**
     * JSON key {@code dirty}: whether the checkout had local changes, as text ({@code "true"} or
     * {@code "false"}).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> dirty();

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

    /** Builds {@link GitRecord} values. */
    final class Builder extends ImmutableGitRecord.Builder {
        /** Creates an empty builder, as {@link GitRecord#builder()} does. */
        public Builder() {}
    }
}
