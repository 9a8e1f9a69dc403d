/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one update graph is for (SPEC §2, §2.4): an architecture, a stream, and whether the payloads
 * are OCI image digest pullspecs ({@code oci = true}) or OSTree commit checksums.
 *
 * <p>Name the stream first, then the scheme and the architecture, so that the two names cannot be
 * swapped unnoticed:
 *
 * <pre>{@code
 * Scope oci = Scope.inStream("stable").oci("x86_64");
 * Scope checksum = Scope.inStream("stable").checksum("x86_64");
 * Scope either = Scope.inStream("stable").basearch("x86_64", useOci);
 * }</pre>
 *
 * <p>A stream named like an architecture ({@code x86_64}, {@code aarch64}, {@code ppc64le}, {@code
 * s390x}, {@code riscv64}) is refused with the hint that the arguments are probably swapped: {@link
 * #of(String, String, boolean)} takes the stream first, unlike {@link GraphSet#graph(String,
 * boolean)}.
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
     * Starts a scope by its stream; the returned step names the architecture and the scheme.
     *
     * @param stream the stream, non-empty, e.g. {@code stable}
     * @return the scopes of that stream
     */
    static InStream inStream(String stream) {
        return new InStream(stream);
    }

    /**
     * The scope of one graph. Prefer {@link #inStream(String)}, which names each argument.
     *
     * @param stream the stream, non-empty, not an architecture name
     * @param basearch the architecture, non-empty
     * @param oci {@code true} for the OCI graph, {@code false} for the checksum graph
     * @return the scope
     * @throws InvalidValueException if the stream or the architecture is empty, or the stream is an
     *     architecture name and the architecture is not (the arguments swapped)
     */
    static Scope of(String stream, String basearch, boolean oci) {
        return builder().stream(stream).basearch(basearch).oci(oci).build();
    }

    /**
     * Rejects empty names (a request without them is a client error, SPEC §2.4) and a stream that is
     * an architecture name: {@code Scope.of("x86_64", "stable", true)} would otherwise build an empty
     * graph without a word.
     */
    @Value.Check
    default void check() {
        if (basearch().isEmpty()) {
            throw new InvalidValueException("basearch", basearch(), "a non-empty architecture name, e.g. x86_64");
        }
        if (stream().isEmpty()) {
            throw new InvalidValueException("stream", stream(), "a non-empty stream name, e.g. stable");
        }
        if (InStream.ARCHITECTURES.contains(stream()) && !InStream.ARCHITECTURES.contains(basearch())) {
            throw new InvalidValueException(
                    "stream",
                    stream(),
                    "a stream name, not an architecture; are the arguments swapped? Scope.of takes (stream,"
                            + " basearch, oci), e.g. Scope.of(\"" + basearch() + "\", \"" + stream() + "\", "
                            + oci() + "); Scope.inStream(stream).oci(basearch) names them");
        }
    }

    /** The scopes of one stream: the second step of {@link Scope#inStream(String)}. */
    final class InStream {
        /** The Fedora CoreOS architecture names, which are never stream names. */
        static final Set<String> ARCHITECTURES = Set.of("x86_64", "aarch64", "ppc64le", "s390x", "riscv64");

        private final String stream;

        private InStream(String stream) {
            this.stream = Objects.requireNonNull(stream, "stream");
        }

        /**
         * The scope of the OCI graph of an architecture: payloads are image digest pullspecs.
         *
         * @param basearch the architecture, non-empty, e.g. {@code x86_64}
         * @return the scope
         * @throws InvalidValueException if a name is empty or the stream is an architecture name
         */
        public Scope oci(String basearch) {
            return basearch(basearch, true);
        }

        /**
         * The scope of the checksum graph of an architecture: payloads are OSTree commit checksums.
         *
         * @param basearch the architecture, non-empty, e.g. {@code x86_64}
         * @return the scope
         * @throws InvalidValueException if a name is empty or the stream is an architecture name
         */
        public Scope checksum(String basearch) {
            return basearch(basearch, false);
        }

        /**
         * The scope of one graph of an architecture.
         *
         * @param basearch the architecture, non-empty, e.g. {@code x86_64}
         * @param oci {@code true} for the OCI graph, {@code false} for the checksum graph
         * @return the scope
         * @throws InvalidValueException if a name is empty or the stream is an architecture name
         */
        public Scope basearch(String basearch, boolean oci) {
            return builder().stream(stream).basearch(basearch).oci(oci).build();
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
