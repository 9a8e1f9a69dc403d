/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy;

import io.github.coreosrelease.graph.policy.internal.SipHash13;
import io.github.coreosrelease.graph.policy.internal.UnsignedLongs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's rollout wariness: a number in [0, 1], 0 for the most eager client (a canary), 1 for
 * the most cautious one. A rollout node is offered to a client only once the rollout's throttling
 * has reached the client's wariness (SPEC §2.3).
 *
 * <p>A client either states its wariness (the {@code rollout_wariness} request parameter) or gets
 * one derived from its {@code node_uuid}, the same on every replica and on the reference service.
 *
 * <p><b>NaN.</b> A stated {@code "NaN"} (any case, either sign) is a number to the reference
 * service's parser, and its clamp, which ignores a NaN operand, turns it into 0: the most eager
 * value, as if the client were a canary. This class does the same, so that a client gets the same
 * graph from every replica and from the reference.
 */
public final class Wariness {
    /** The lowest wariness derived from a UUID: only an explicit 0 makes a client a canary. */
    public static final double MIN_DERIVED = 0.000_001;

    /** The highest wariness. */
    public static final double MAX = 1.0;

    /**
     * A decimal number as Rust's {@code f64::from_str} accepts it: sign, digits, point, exponent.
     * Possessive quantifiers keep matching linear on long hostile input.
     */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]++(?:\\.[0-9]*+)?|\\.[0-9]++)(?:[eE][+-]?[0-9]++)?");

    /** Infinity as Rust accepts it, case-insensitively. */
    private static final Pattern INFINITY = Pattern.compile("([+-]?)(?:inf|infinity)", Pattern.CASE_INSENSITIVE);

    /** Not-a-number as Rust accepts it, case-insensitively; the sign is read and lost. */
    private static final Pattern NAN = Pattern.compile("[+-]?nan", Pattern.CASE_INSENSITIVE);

    private Wariness() {}

    /**
     * Resolves the wariness of one request (SPEC §2.3 step 1): the stated {@code rollout_wariness}
     * clamped to [0, 1] when it is a number, otherwise the wariness derived from {@code node_uuid}
     * (the empty UUID when absent).
     *
     * @param rolloutWariness the raw {@code rollout_wariness} query parameter, if present
     * @param nodeUuid the raw {@code node_uuid} query parameter, if present
     * @return the client's wariness, in [0, 1]
     */
    public static double resolve(Optional<String> rolloutWariness, Optional<String> nodeUuid) {
        Objects.requireNonNull(rolloutWariness, "rolloutWariness");
        Objects.requireNonNull(nodeUuid, "nodeUuid");
        Optional<Double> stated = rolloutWariness.flatMap(Wariness::parseRolloutWariness);
        if (stated.isPresent()) {
            return clamp(stated.get());
        }
        return fromNodeUuid(nodeUuid.orElse(""));
    }

    /**
     * Reads a stated {@code rollout_wariness} parameter with the syntax of Rust's {@code f64}
     * parser, which the reference service uses: an optional sign, then either decimal digits with
     * an optional point and an optional exponent ({@code "0.5"}, {@code "1."}, {@code ".5"}, {@code
     * "5e-1"}), or {@code inf}/{@code infinity}/{@code nan} in any case. No surrounding
     * whitespace, no hex, no digit separators, no type suffix. Out-of-range numbers are returned as
     * they are ({@code "1e400"} is positive infinity, {@code "-3"} is -3, {@code "NaN"} is NaN);
     * {@link #clamp(double)} brings them into range.
     *
     * @param param the parameter's text
     * @return the number, correctly rounded to a {@code double}; empty if the text is not a number
     */
    public static Optional<Double> parseRolloutWariness(String param) {
        Objects.requireNonNull(param, "param");
        if (DECIMAL.matcher(param).matches()) {
            // The pattern admits only forms whose value Double.parseDouble reads exactly as Rust
            // does (both round correctly to nearest, ties to even).
            return Optional.of(Double.parseDouble(param));
        }
        var infinity = INFINITY.matcher(param);
        if (infinity.matches()) {
            return Optional.of("-".equals(infinity.group(1)) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(param).matches()) {
            return Optional.of(Double.NaN);
        }
        return Optional.empty();
    }

    /**
     * Clamps a stated wariness into [0, 1]: below 0 (including negative infinity and {@code -0.0})
     * gives 0, above 1 (including positive infinity) gives 1, and NaN gives 0, as the reference's
     * {@code max(0.0).min(1.0)} does (Rust's {@code max} returns the operand that is not NaN).
     *
     * @param rolloutWariness the stated wariness
     * @return the wariness, in [0, 1]
     */
    public static double clamp(double rolloutWariness) {
        if (Double.isNaN(rolloutWariness)) {
            return 0.0;
        }
        // Math.max(-0.0, 0.0) is 0.0, so a negative zero comes out as plain zero.
        return Math.min(Math.max(rolloutWariness, 0.0), MAX);
    }

    /**
     * Derives a wariness from a node UUID exactly as the reference service does: SipHash-1-3 with
     * both keys 0 over the UUID's UTF-8 bytes followed by one {@code 0xFF} byte, the 64-bit result
     * read as unsigned and divided by 2^64 - 1 (both rounded to {@code double} first), then
     * clamped to [{@link #MIN_DERIVED}, 1].
     *
     * @param uuid the node UUID as sent by the client, possibly empty; used as-is, without case
     *     folding or validation
     * @return the wariness, in [{@link #MIN_DERIVED}, 1]
     */
    public static double fromNodeUuid(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        byte[] utf8 = uuid.getBytes(StandardCharsets.UTF_8);
        // Rust's Hash for str appends 0xFF so that ("ab", "c") and ("a", "bc") hash differently.
        byte[] message = Arrays.copyOf(utf8, utf8.length + 1);
        message[utf8.length] = (byte) 0xFF;
        long digest = SipHash13.hash(0L, 0L, message);
        double scaled = UnsignedLongs.toDouble(digest) / UnsignedLongs.toDouble(-1L);
        return Math.min(Math.max(scaled, MIN_DERIVED), MAX);
    }
}
