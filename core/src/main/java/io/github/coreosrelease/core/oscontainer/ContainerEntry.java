/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A normalized view of one container image entry of a {@code meta.json}, whatever its shape (SPEC
 * §1.2): where it is, which shape it has, its repository, its architecture-specific digest, its
 * manifest-list digest and its tags.
 *
 * <p>Obtain entries with {@link ContainerEntries#list}; every digest in them has been validated.
 *
 * <pre>{@code
 * ContainerEntry base = ContainerEntries.list(meta).get(0);
 * base.pointer();    // "/base-oscontainer"
 * base.shape();      // SPLIT
 * base.repository(); // "quay.io/fedora/fedora-coreos"
 * base.digestReference().map(Object::toString); // Optional[quay.io/fedora/fedora-coreos@sha256:...]
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ContainerEntry {
    /**
     * Where the entry is in the document.
     *
     * @return a JSON pointer, e.g. {@code /base-oscontainer} or {@code
     *     /base-oscontainer/additional-images/0}
     */
    String pointer();

    /**
     * The shape the entry is written in.
     *
     * @return the shape
     */
    ContainerShape shape();

    /**
     * The repository, without tag or digest.
     *
     * @return e.g. {@code quay.io/fedora/fedora-coreos}
     */
    String repository();

    /**
     * The architecture-specific manifest digest: the {@code digest} field of the legacy and split
     * shapes, the digest after {@code @} of the pinned shape.
     *
     * @return the digest, or empty when the entry has none
     */
    Optional<Digest> digest();

    /**
     * The digest of the multi-architecture manifest list ({@code manifest-list-digest}); never used
     * in place of {@link #digest()}.
     *
     * @return the digest, or empty when the entry has none
     */
    Optional<Digest> manifestListDigest();

    /**
     * The {@code tags}, as written.
     *
     * @return the tags, or empty when the field is absent
     */
    Optional<List<String>> tags();

    /**
     * The free-text {@code comment}.
     *
     * @return the comment, or empty when absent
     */
    Optional<String> comment();

    /**
     * The immutable pullspec of this entry, {@code repository@digest}.
     *
     * @return the digest reference, or empty when the entry has no architecture-specific digest
     */
    default Optional<ImageReference> digestReference() {
        return digest().map(d -> ImageReference.of(repository(), d));
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ContainerEntry} values. */
    final class Builder extends ImmutableContainerEntry.Builder {
        /** Creates an empty builder, as {@link ContainerEntry#builder()} does. */
        public Builder() {}
    }
}
