/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.internal.CodePoints;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A release as a client reads it from a graph node (SPEC §3 step 1): version, payload and the
 * release's age in the stream.
 *
 * <p>Releases order as Zincati orders them: by {@link #ageIndex()}, then {@link #version()}, then
 * {@link #payload()}, both texts compared by Unicode code point (the byte order of their UTF-8
 * form, as Rust compares strings), and finally checksum before OCI so that the order agrees with
 * {@code equals}. The version text is not interpreted: the age index is what orders releases.
 */
@Value.Immutable
@ModelStyle
public interface NodeRelease extends Comparable<NodeRelease> {
    /**
     * The release version.
     *
     * @return the node's non-empty {@code version}
     */
    String version();

    /**
     * The update payload.
     *
     * @return an OSTree checksum, or an image reference for OCI releases
     */
    String payload();

    // Links to other packages are fully qualified in accessor Javadoc: Immutables copies it into
    // ImmutableNodeRelease, which does not have this file's imports (doclint checks that copy too).

    /**
     * The release's position in the stream's release index ({@link
     * io.github.coreosrelease.graph.NodeMetadata#AGE_INDEX NodeMetadata.AGE_INDEX}).
     *
     * @return a non-negative integer; larger is newer
     */
    long ageIndex();

    /**
     * Whether the payload is an OCI image ({@link io.github.coreosrelease.graph.NodeMetadata#SCHEME
     * NodeMetadata.SCHEME} {@code oci}).
     *
     * @return {@code true} for an image reference, {@code false} for an OSTree checksum
     */
    boolean oci();

    /**
     * Reads the release of a graph node, checking what a client relies on (SPEC §3 step 1):
     * version and payload non-empty, scheme {@code checksum} or {@code oci} (an {@code oci} payload
     * must be an image reference), age index present and an unsigned integer.
     *
     * @param position the node's position in the graph, for messages
     * @param node the node
     * @return the release
     * @throws GraphException naming the node, e.g. {@code node 3 (41.1): age_index missing}
     */
    static NodeRelease fromNode(int position, GraphNode node) {
        Objects.requireNonNull(node, "node");
        if (node.version().isEmpty()) {
            throw new GraphException("node " + position + ": version is empty");
        }
        String name = "node " + position + " (" + node.version() + ")";
        if (node.payload().isEmpty()) {
            throw new GraphException(name + ": payload is empty");
        }
        String scheme = NodeMetadata.scheme(node).orElseThrow(() -> new GraphException(name + ": scheme missing"));
        boolean oci;
        if (scheme.equals(NodeMetadata.SCHEME_OCI)) {
            oci = true;
            try {
                ImageReference.parse(node.payload());
            } catch (InvalidValueException e) {
                throw new GraphException(name + ": oci payload \"" + node.payload()
                        + "\" is not an image reference: expected " + e.expected());
            }
        } else if (scheme.equals(NodeMetadata.SCHEME_CHECKSUM)) {
            oci = false;
        } else {
            throw new GraphException(name + ": scheme \"" + scheme + "\" is unknown, expected \""
                    + NodeMetadata.SCHEME_CHECKSUM + "\" or \"" + NodeMetadata.SCHEME_OCI + "\"");
        }
        String ageText = node.metadata().get(NodeMetadata.AGE_INDEX);
        if (ageText == null) {
            throw new GraphException(name + ": age_index missing");
        }
        OptionalLong age = NodeMetadata.ageIndex(node);
        if (age.isEmpty()) {
            throw new GraphException(
                    name + ": age_index \"" + ageText + "\" is not an unsigned integer up to " + Long.MAX_VALUE);
        }
        return builder()
                .version(node.version())
                .payload(node.payload())
                .ageIndex(age.getAsLong())
                .oci(oci)
                .build();
    }

    /**
     * Orders releases oldest first: by age index, then version text, then payload text (by code
     * point), then checksum before OCI.
     *
     * @param other another release
     * @return negative, zero or positive as this release is older than, the same as, or newer than
     *     {@code other}
     */
    @Override
    default int compareTo(NodeRelease other) {
        int byAge = Long.compare(ageIndex(), other.ageIndex());
        if (byAge != 0) {
            return byAge;
        }
        int byVersion = CodePoints.compare(version(), other.version());
        if (byVersion != 0) {
            return byVersion;
        }
        int byPayload = CodePoints.compare(payload(), other.payload());
        return byPayload != 0 ? byPayload : Boolean.compare(oci(), other.oci());
    }

    /** Rejects a negative age index or empty texts. */
    @Value.Check
    default void check() {
        if (ageIndex() < 0) {
            throw new IllegalArgumentException("release " + version() + ": age index " + ageIndex() + " is negative");
        }
        if (version().isEmpty() || payload().isEmpty()) {
            throw new IllegalArgumentException("release version and payload must not be empty");
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

    /** Builds {@link NodeRelease} values. */
    final class Builder extends ImmutableNodeRelease.Builder {
        /** Creates an empty builder, as {@link NodeRelease#builder()} does. */
        public Builder() {}
    }
}
