/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.internal.MetadataParsers;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The metadata keys that the graph builder writes on nodes (SPEC §2.1) and typed readers for them.
 * Serving policy and client code read node metadata through this class rather than by string keys.
 *
 * <p>The readers follow the reference services: a barrier or rollout is marked by the presence of
 * its key, whatever the value; a dead-end only by the value {@code true}. Numbers are read with the
 * reference's strict grammar (ASCII digits, no whitespace); a reader returns empty when the key is
 * absent or its value does not parse, and {@code node.metadata().containsKey(key)} tells the two
 * apart.
 *
 * <pre>{@code
 * if (NodeMetadata.isRollout(node)) {
 *     long start = NodeMetadata.startEpoch(node).orElse(0);
 *     double startValue = NodeMetadata.startValue(node).orElse(0.0);
 * }
 * }</pre>
 */
public final class NodeMetadata {
    /** Prefix of every key the builder writes. */
    public static final String PREFIX = "org.fedoraproject.coreos.";

    /** The release's position in the whole release index, in decimal. */
    public static final String AGE_INDEX = PREFIX + "releases.age_index";

    /** The payload scheme: {@value #SCHEME_CHECKSUM} or {@value #SCHEME_OCI}. */
    public static final String SCHEME = PREFIX + "scheme";

    /** Present with value {@code true} on a dead-end release. */
    public static final String DEADEND = PREFIX + "updates.deadend";

    /** Why the release is a dead-end ({@value #GENERIC_REASON} when the document gives no reason). */
    public static final String DEADEND_REASON = PREFIX + "updates.deadend_reason";

    /** Present (with value {@code true}) on a barrier release. */
    public static final String BARRIER = PREFIX + "updates.barrier";

    /** Why the release is a barrier ({@value #GENERIC_REASON} when the document gives no reason). */
    public static final String BARRIER_REASON = PREFIX + "updates.barrier_reason";

    /** Present (with value {@code true}) on a release being rolled out. */
    public static final String ROLLOUT = PREFIX + "updates.rollout";

    /** When the rollout starts, in seconds since the epoch, a signed 64-bit integer. */
    public static final String START_EPOCH = PREFIX + "updates.start_epoch";

    /** The share of the fleet offered the release at the start (the document's start_percentage). */
    public static final String START_VALUE = PREFIX + "updates.start_value";

    /** How long the rollout lasts in minutes, an unsigned 64-bit integer. */
    public static final String DURATION_MINUTES = PREFIX + "updates.duration_minutes";

    /** Value of {@link #SCHEME} in graphs of OSTree commit checksums. */
    public static final String SCHEME_CHECKSUM = "checksum";

    /** Value of {@link #SCHEME} in graphs of OCI image digest pullspecs. */
    public static final String SCHEME_OCI = "oci";

    /** The reason written when a barrier or dead-end gives an empty one. */
    public static final String GENERIC_REASON = "generic";

    /** The value of the flag keys {@link #DEADEND}, {@link #BARRIER} and {@link #ROLLOUT}. */
    public static final String TRUE = "true";

    private NodeMetadata() {}

    /**
     * The release's position in the whole release index ({@link #AGE_INDEX}).
     *
     * @param node a graph node
     * @return the position, or empty when absent or not an unsigned integer up to 2^63-1
     */
    public static OptionalLong ageIndex(GraphNode node) {
        String text = node.metadata().get(AGE_INDEX);
        if (text == null) {
            return OptionalLong.empty();
        }
        return MetadataParsers.uint64(text)
                .filter(value -> value.bitLength() < Long.SIZE)
                .map(value -> OptionalLong.of(value.longValue()))
                .orElseGet(OptionalLong::empty);
    }

    /**
     * The payload scheme ({@link #SCHEME}), as written.
     *
     * @param node a graph node
     * @return {@value #SCHEME_CHECKSUM}, {@value #SCHEME_OCI}, another text, or empty when absent
     */
    public static Optional<String> scheme(GraphNode node) {
        return Optional.ofNullable(node.metadata().get(SCHEME));
    }

    /**
     * Whether the release is a dead-end: {@link #DEADEND} is {@code true}.
     *
     * @param node a graph node
     * @return {@code true} for a dead-end
     */
    public static boolean isDeadEnd(GraphNode node) {
        return TRUE.equals(node.metadata().get(DEADEND));
    }

    /**
     * Why the release is a dead-end ({@link #DEADEND_REASON}).
     *
     * @param node a graph node
     * @return the reason, or empty when absent
     */
    public static Optional<String> deadEndReason(GraphNode node) {
        return Optional.ofNullable(node.metadata().get(DEADEND_REASON));
    }

    /**
     * Whether the release is a barrier: {@link #BARRIER} is present.
     *
     * @param node a graph node
     * @return {@code true} for a barrier
     */
    public static boolean isBarrier(GraphNode node) {
        return node.metadata().containsKey(BARRIER);
    }

    /**
     * Why the release is a barrier ({@link #BARRIER_REASON}).
     *
     * @param node a graph node
     * @return the reason, or empty when absent
     */
    public static Optional<String> barrierReason(GraphNode node) {
        return Optional.ofNullable(node.metadata().get(BARRIER_REASON));
    }

    /**
     * Whether the release is being rolled out: {@link #ROLLOUT} is present.
     *
     * @param node a graph node
     * @return {@code true} for a rollout
     */
    public static boolean isRollout(GraphNode node) {
        return node.metadata().containsKey(ROLLOUT);
    }

    /**
     * When the rollout starts ({@link #START_EPOCH}).
     *
     * @param node a graph node
     * @return seconds since the epoch, or empty when absent or not a signed 64-bit integer
     */
    public static OptionalLong startEpoch(GraphNode node) {
        String text = node.metadata().get(START_EPOCH);
        return text == null ? OptionalLong.empty() : MetadataParsers.int64(text);
    }

    /**
     * The share of the fleet offered the release at the start ({@link #START_VALUE}).
     *
     * @param node a graph node
     * @return the value as a double (possibly outside 0..1, infinite or NaN, as the reference reads
     *     it), or empty when absent or not a float
     */
    public static OptionalDouble startValue(GraphNode node) {
        String text = node.metadata().get(START_VALUE);
        return text == null ? OptionalDouble.empty() : MetadataParsers.float64(text);
    }

    /**
     * How long the rollout lasts ({@link #DURATION_MINUTES}).
     *
     * @param node a graph node
     * @return minutes, 0 to 2^64-1, or empty when absent or not an unsigned 64-bit integer
     */
    public static Optional<BigInteger> durationMinutes(GraphNode node) {
        String text = node.metadata().get(DURATION_MINUTES);
        return text == null ? Optional.empty() : MetadataParsers.uint64(text);
    }
}
