/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * What one update graph is for (SPEC §2, §2.4): an architecture, a stream, and whether the payloads
 * are OCI image digest pullspecs ({@code oci = true}) or OSTree commit checksums.
 *
 * <pre>{@code
 * Scope scope = Scope.of("stable", "x86_64", false);
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface Scope {
    /**
     * The architecture, e.g. {@code x86_64}; never empty.
     *
     * @return the architecture
     */
    String basearch();

    /**
     * The stream, e.g. {@code stable}; never empty. It labels the graph: the builder does not compare
     * it with the documents' {@code stream} fields.
     *
     * @return the stream
     */
    String stream();

    /**
     * Whether the graph's payloads are OCI digest pullspecs ({@code true}) or OSTree checksums.
     *
     * @return {@code true} for the OCI graph
     */
    boolean oci();

    /**
     * The scope of one graph.
     *
     * @param stream the stream, non-empty
     * @param basearch the architecture, non-empty
     * @param oci {@code true} for the OCI graph, {@code false} for the checksum graph
     * @return the scope
     * @throws InvalidValueException if the stream or the architecture is empty
     */
    static Scope of(String stream, String basearch, boolean oci) {
        return builder().stream(stream).basearch(basearch).oci(oci).build();
    }

    /** Rejects empty names: a request without them is a client error (SPEC §2.4). */
    @Value.Check
    default void check() {
        if (basearch().isEmpty()) {
            throw new InvalidValueException("basearch", basearch(), "a non-empty architecture name, e.g. x86_64");
        }
        if (stream().isEmpty()) {
            throw new InvalidValueException("stream", stream(), "a non-empty stream name, e.g. stable");
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

    /** Builds {@link Scope} values. */
    final class Builder extends ImmutableScope.Builder {
        /** Creates an empty builder, as {@link Scope#builder()} does. */
        public Builder() {}
    }
}
