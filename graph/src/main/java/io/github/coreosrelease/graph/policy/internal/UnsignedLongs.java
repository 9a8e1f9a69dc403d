/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy.internal;

/**
 * Arithmetic on {@code long} values that hold unsigned 64-bit integers, as Rust's {@code u64}
 * does in the reference service.
 */
public final class UnsignedLongs {
    private UnsignedLongs() {}

    /**
     * Converts an unsigned 64-bit integer to the nearest {@code double}, ties to even, exactly as
     * Rust's {@code u64 as f64} does.
     *
     * @param unsigned the value, its bits read as an unsigned integer in [0, 2^64 - 1]
     * @return the correctly rounded {@code double}
     */
    public static double toDouble(long unsigned) {
        if (unsigned >= 0) {
            return unsigned;
        }
        // Halve to fit a signed long, keeping the dropped bit as a sticky bit so that the single
        // rounding step of the long-to-double conversion still sees whether anything was lost;
        // doubling afterwards is exact.
        long halved = (unsigned >>> 1) | (unsigned & 1L);
        return halved * 2.0;
    }
}
