/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ImageTags;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of {@link ReleaseMetaGenerator} (SPEC §4.1).
 *
 * <pre>{@code
 * ReleaseMetaOptions options = ReleaseMetaOptions.builder()
 *         .stream("testing")
 *         .signatures(false)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ReleaseMetaOptions {
    /** Where Fedora CoreOS publishes its streams; artifact locations start with it. */
    String DEFAULT_BASE_URL = "https://builds.coreos.fedoraproject.org/prod/streams";

    /**
     * The stream name, overriding what the {@code meta.json} files say.
     *
     * @return the stream, or empty to take it from the build metadata
     */
    Optional<String> stream();

    /**
     * The URL the artifact locations start with: {@code <base-url>/<stream>/builds/<release>/<arch>/<file>}.
     * A trailing {@code /} is ignored.
     *
     * @return the base URL, {@value #DEFAULT_BASE_URL} by default
     */
    @Value.Default
    default String baseUrl() {
        return DEFAULT_BASE_URL;
    }

    /**
     * Whether artifacts have a detached signature at {@code <location>.sig}; when off, every {@code
     * signature} is the empty string.
     *
     * @return true by default
     */
    @Value.Default
    default boolean signatures() {
        return true;
    }

    /**
     * The floating tag of the container images ({@code oci-image.image} is {@code
     * <repository>:<tag>}), e.g. {@code stable}. Without it the generator takes the one tag of each
     * entry that does not contain the build ID, and refuses an entry with none or several, such as
     * one migrated from the legacy or pinned shape, which has no tags. With it, an entry without a
     * floating tag gets this one, and an entry with floating tags must list it among them.
     *
     * @return the tag, or empty to take it from the entries' {@code tags}
     */
    Optional<String> floatingTag();

    /** Rejects an empty stream override or base URL, and a floating tag that is no image tag. */
    @Value.Check
    default void check() {
        if (floatingTag().isPresent() && !ImageTags.isTag(floatingTag().get())) {
            throw new InvalidValueException("floating tag", floatingTag().get(), ImageTags.SHAPE);
        }
        if (stream().isPresent() && stream().get().isEmpty()) {
            throw new InvalidValueException("stream", "", "a non-empty stream name");
        }
        if (baseUrl().isEmpty() || baseUrl().chars().allMatch(c -> c == '/')) {
            throw new InvalidValueException("base URL", baseUrl(), "a URL such as " + DEFAULT_BASE_URL);
        }
    }

    /**
     * The default options: stream from the build metadata, the Fedora base URL, signatures on.
     *
     * @return the defaults
     */
    static ReleaseMetaOptions defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReleaseMetaOptions}. */
    final class Builder extends ImmutableReleaseMetaOptions.Builder {
        /** Creates an empty builder, as {@link ReleaseMetaOptions#builder()} does. */
        public Builder() {}
    }
}
