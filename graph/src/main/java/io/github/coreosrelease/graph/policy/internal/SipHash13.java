/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.policy.internal;

import java.util.Objects;

/**
 * SipHash-1-3: SipHash with one compression round per 8-byte block and three finalization
 * rounds, producing a 64-bit value.
 *
 * <p>This is the function behind Rust's {@code DefaultHasher}, which the reference Cincinnati
 * policy engine uses to turn a node UUID into a rollout wariness (SPEC §2.3 step 1). Keys and
 * the message are read little-endian, as the algorithm's definition requires.
 */
public final class SipHash13 {
    private static final int COMPRESSION_ROUNDS = 1;
    private static final int FINALIZATION_ROUNDS = 3;

    private SipHash13() {}

    /**
     * Hashes a byte string with SipHash-1-3.
     *
     * @param k0 the first half of the 128-bit key (key bytes 0..7, little-endian)
     * @param k1 the second half of the 128-bit key (key bytes 8..15, little-endian)
     * @param data the message
     * @return the 64-bit hash; read it as unsigned where its magnitude matters
     */
    public static long hash(long k0, long k1, byte[] data) {
        return hash(COMPRESSION_ROUNDS, FINALIZATION_ROUNDS, k0, k1, data);
    }

    /**
     * SipHash-c-d with any round counts; package-private so that tests can check the shared
     * machinery against the published SipHash-2-4 vectors as well.
     */
    static long hash(int compressionRounds, int finalizationRounds, long k0, long k1, byte[] data) {
        Objects.requireNonNull(data, "data");
        State state = new State(k0, k1);
        int fullBlocksEnd = data.length - (data.length % 8);
        for (int offset = 0; offset < fullBlocksEnd; offset += 8) {
            state.absorb(littleEndianLong(data, offset, 8), compressionRounds);
        }
        // The last block holds the remaining bytes and, in its top byte, the message length mod 256.
        long last = littleEndianLong(data, fullBlocksEnd, data.length - fullBlocksEnd) | ((long) data.length << 56);
        state.absorb(last, compressionRounds);
        return state.finish(finalizationRounds);
    }

    private static long littleEndianLong(byte[] data, int offset, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value |= (data[offset + i] & 0xFFL) << (8 * i);
        }
        return value;
    }

    /** The four 64-bit words of SipHash's internal state. */
    private static final class State {
        private long v0;
        private long v1;
        private long v2;
        private long v3;

        State(long k0, long k1) {
            // The constants spell "somepseudorandomlygeneratedbytes" in ASCII.
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void absorb(long block, int rounds) {
            v3 ^= block;
            for (int i = 0; i < rounds; i++) {
                round();
            }
            v0 ^= block;
        }

        long finish(int rounds) {
            v2 ^= 0xFF;
            for (int i = 0; i < rounds; i++) {
                round();
            }
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void round() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
