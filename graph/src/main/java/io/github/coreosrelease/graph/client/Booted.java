/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What a node runs, as the update graph names it (SPEC §3): either an OSTree commit checksum
 * (OSTree-booted, looked up in the {@code checksum} graph) or an OCI image digest pullspec
 * (OCI-booted, looked up in the {@code oci} graph).
 *
 * <pre>{@code
 * Booted.parse("25d3bcf965998cf24ca80c72aa04c176f527a54df4e846fdf4f409d2c288d7f1").oci(); // false
 * Booted.parse("quay.io/fedora/fedora-coreos@sha256:ca99...").oci();                      // true
 * Booted.parse("sha-mock").oci();                                                         // false
 * }</pre>
 */
@Value.Immutable(builder = false)
@ModelStyle
public interface Booted {
    /**
     * Whether the node is OCI-booted; it then asks for the graph with {@code oci=true}.
     *
     * @return {@code true} for an image digest pullspec, {@code false} for an OSTree checksum
     */
    @Value.Parameter
    boolean oci();

    /**
     * The payload as it appears in graph nodes.
     *
     * @return the checksum, or the pullspec {@code repository@digest}
     */
    @Value.Parameter
    String payload();

    /**
     * The graph node scheme this payload is found under.
     *
     * @return {@link NodeMetadata#SCHEME_OCI} or {@link NodeMetadata#SCHEME_CHECKSUM}
     */
    default String scheme() {
        return oci() ? NodeMetadata.SCHEME_OCI : NodeMetadata.SCHEME_CHECKSUM;
    }

    /**
     * An OSTree-booted node.
     *
     * @param checksum the OSTree commit checksum as the graph names it; any non-empty text (real
     *     commits have 64 lowercase hexadecimal characters, test graphs use names such as {@code
     *     sha-mock}, as Zincati's own tests do)
     * @return the booted payload
     * @throws InvalidValueException if the checksum is empty
     */
    static Booted checksum(String checksum) {
        Objects.requireNonNull(checksum, "checksum");
        if (checksum.isEmpty()) {
            throw new InvalidValueException("OSTree checksum", checksum, "a non-empty checksum");
        }
        return ImmutableBooted.of(false, checksum);
    }

    /**
     * An OCI-booted node.
     *
     * @param pullspec the booted image, pinned by digest
     * @return the booted payload
     * @throws InvalidValueException if the reference has no digest
     */
    static Booted oci(ImageReference pullspec) {
        Objects.requireNonNull(pullspec, "pullspec");
        if (!pullspec.isDigestReference()) {
            throw new InvalidValueException(
                    "booted image reference",
                    pullspec.toString(),
                    "an image reference with a digest (repo@sha256:...)");
        }
        return ImmutableBooted.of(true, pullspec.toString());
    }

    /**
     * Reads a booted payload as given on a command line: text with a {@code /}, {@code :} or
     * {@code @} (which no OSTree checksum has) must be an image reference with a digest; any other
     * non-empty text is an OSTree checksum (SPEC §3.1: real checksums are 64 hexadecimal characters,
     * test graphs use names such as {@code sha-mock}).
     *
     * @param text the checksum or digest pullspec
     * @return the booted payload
     * @throws InvalidValueException if the text is empty, or looks like an image reference but is
     *     not one with a digest
     */
    static Booted parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw notBooted(text, "it is empty");
        }
        if (!looksLikeImageReference(text)) {
            return ImmutableBooted.of(false, text);
        }
        ImageReference ref;
        try {
            ref = ImageReference.parse(text);
        } catch (InvalidValueException e) {
            throw notBooted(text, "as an image reference it is invalid: expected " + e.expected());
        }
        if (!ref.isDigestReference()) {
            throw notBooted(text, "the image reference has no digest");
        }
        return ImmutableBooted.of(true, text);
    }

    /** Rejects payloads that do not match their kind. */
    @Value.Check
    default void check() {
        if (oci()) {
            if (!ImageReference.parse(payload()).isDigestReference()) {
                throw new InvalidValueException(
                        "booted image reference", payload(), "an image reference with a digest (repo@sha256:...)");
            }
        } else if (payload().isEmpty()) {
            throw new InvalidValueException("OSTree checksum", payload(), "a non-empty checksum");
        }
    }

    private static InvalidValueException notBooted(String text, String why) {
        return new InvalidValueException(
                "booted deployment", text, "an OSTree checksum or an image reference with a digest (" + why + ")");
    }

    /** Whether the text has a character that separates the parts of an image reference. */
    private static boolean looksLikeImageReference(String text) {
        return text.indexOf('/') >= 0 || text.indexOf(':') >= 0 || text.indexOf('@') >= 0;
    }
}
