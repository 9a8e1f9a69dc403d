/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A container image entry of a {@link BuildMeta}: {@code oscontainer}, {@code base-oscontainer},
 * {@code extensions-container}, {@code kubevirt} ({@code primary-image} in the upstream schema) and
 * {@code release-payload} ({@code image}).
 *
 * <p>It holds the fields of all three shapes of SPEC §1.2: legacy {@code {image, digest}}, pinned
 * {@code {image: repo@digest}} and split {@code {image, digest, manifest-list-digest, tags,
 * comment?, additional-images?}}. Digests are kept as text here; their syntax is checked where they
 * are used.
 */
@Value.Immutable
@ModelStyle
public interface ContainerImage {
    /**
     * JSON key {@code image}: the image: a repository in the legacy and split shapes, a digest
     * pullspec in the pinned shape.
     *
     * @return the value
     */
    String image();

    /**
     * JSON key {@code digest}: the architecture-specific manifest digest, e.g. {@code sha256:...}.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> digest();

    /**
     * JSON key {@code manifest-list-digest}: the digest of the multi-architecture manifest list.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> manifestListDigest();

    /**
     * JSON key {@code tags}: the tags pushed for this image, in document order.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<String>> tags();

    /**
     * JSON key {@code comment}: a free-text comment.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> comment();

    /**
     * JSON key {@code additional-images}: further images pushed with this one, in the same shape.
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<List<ContainerImage>> additionalImages();

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

    /** Builds {@link ContainerImage} values. */
    final class Builder extends ImmutableContainerImage.Builder {
        /** Creates an empty builder, as {@link ContainerImage#builder()} does. */
        public Builder() {}
    }
}
