/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.internal;

/**
 * String order by Unicode code points, which is the byte order of the UTF-8 encoding and the order
 * the reference tools (Rust) use for versions and payloads. Java's {@code String.compareTo} orders
 * by UTF-16 units instead, which differs for characters outside the Basic Multilingual Plane.
 */
public final class CodePoints {
    private CodePoints() {}

    /**
     * Compares two strings by code points.
     *
     * @param a one string
     * @param b the other string
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
