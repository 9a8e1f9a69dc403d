/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.generate;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link StreamGenerator} generates. The defaults give the shape the performance comparison
 * with the reference builder uses: four architectures, OCI images on the newer half of the
 * releases, a barrier every 20th release, a rollout on every release, no dead-end.
 *
 * <pre>{@code
 * GeneratorOptions options = GeneratorOptions.builder().releases(10_000).seed(7).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface GeneratorOptions {
    /** The architectures of every release by default. */
    List<String> DEFAULT_ARCHITECTURES = List.of("x86_64", "aarch64", "ppc64le", "s390x");

    /**
     * How many releases the index lists.
     *
     * @return at least 1
     */
    int releases();

    /**
     * The architectures of every release, each with a commit and, from {@link #ociFrom()} on, an
     * OCI image.
     *
     * @return non-empty, distinct, non-empty names; {@link #DEFAULT_ARCHITECTURES} by default
     */
    @Value.Default
    default List<String> architectures() {
        return DEFAULT_ARCHITECTURES;
    }

    /**
     * Releases per barrier: the releases at positions {@code K, 2K, 3K, ...} are barriers, and each
     * starts a new Fedora major version.
     *
     * @return K, or 0 for no barrier; 20 by default
     */
    @Value.Default
    default int barrierEvery() {
        return 20;
    }

    /**
     * Releases per dead-end: the releases at positions {@code D-1, 2D-1, ...} (every D-th release,
     * counting from one) are dead-ends.
     *
     * @return D, or 0 for no dead-end (the default)
     */
    @Value.Default
    default int deadendEvery() {
        return 0;
    }

    /**
     * Which releases get a rollout.
     *
     * @return {@link RolloutPlacement#ALL} by default
     */
    @Value.Default
    default RolloutPlacement rollouts() {
        return RolloutPlacement.ALL;
    }

    /**
     * Where OCI images start, as a share of the releases: the release at position {@code
     * round(FRACTION * releases)} and every newer one have OCI images.
     *
     * @return FRACTION in [0, 1]: 0 gives OCI images to every release, 1 to none; 0.5 by default
     */
    @Value.Default
    default double ociFrom() {
        return 0.5;
    }

    /**
     * The seed of the checksums, digests and rollout schedules: the same options always give the
     * same documents, byte for byte.
     *
     * @return the seed, 1 by default
     */
    @Value.Default
    default long seed() {
        return 1;
    }

    /**
     * The stream named in both documents.
     *
     * @return a non-empty name, {@code synthetic} by default
     */
    @Value.Default
    default String stream() {
        return "synthetic";
    }

    /** Rejects options that describe no stream. */
    @Value.Check
    default void check() {
        if (releases() < 1) {
            throw new IllegalArgumentException("releases must be at least 1, got " + releases());
        }
        if (architectures().isEmpty()
                || architectures().stream().anyMatch(String::isEmpty)
                || new HashSet<>(architectures()).size() != architectures().size()) {
            throw new IllegalArgumentException(
                    "architectures must be distinct non-empty names, at least one, got " + architectures());
        }
        if (barrierEvery() < 0 || deadendEvery() < 0) {
            throw new IllegalArgumentException("barrierEvery and deadendEvery must be 0 (none) or positive, got "
                    + barrierEvery() + " and " + deadendEvery());
        }
        if (!(ociFrom() >= 0 && ociFrom() <= 1)) {
            throw new IllegalArgumentException("ociFrom must be a share between 0 and 1, got " + ociFrom());
        }
        if (stream().isEmpty()) {
            throw new IllegalArgumentException("stream must be non-empty");
        }
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GeneratorOptions} values. */
    final class Builder extends ImmutableGeneratorOptions.Builder {
        /** Creates an empty builder, as {@link GeneratorOptions#builder()} does. */
        public Builder() {}
    }
}
