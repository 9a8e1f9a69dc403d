/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.ref;

import io.github.coreosrelease.core.InvalidValueException;

/**
 * A content digest {@code algorithm:encoded} as defined by the OCI image specification (SPEC §1.2).
 *
 * <pre>{@code
 * Digest digest = Digest.parse("sha256:ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087");
 * digest.algorithm(); // "sha256"
 * digest.encoded();   // "ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087"
 * digest.toString();  // "sha256:ca99893c80a7b84dd84d4143bd27538207c2f38ab6647a58d9c8caa251f9a087"
 * }</pre>
 *
 * <p>The algorithm follows the grammar {@code [a-z0-9]+([+._-][a-z0-9]+)*} and the encoded part
 * {@code [a-zA-Z0-9=_-]+}. The two registered algorithms are checked strictly: {@code sha256} needs
 * exactly 64 and {@code sha512} exactly 128 lowercase hexadecimal characters. Any other algorithm
 * that fits the grammar is accepted as is. Two digests are equal when their text is equal.
 */
public final class Digest {
    private static final String WHAT = "digest";
    private static final String SHAPE = "algorithm:encoded (e.g. sha256:<64 lowercase hex>)";
    private static final String ALGORITHM_SHAPE =
            "an algorithm of lowercase [a-z0-9] components joined by '+', '.', '_' or '-' before ':'";
    private static final String ENCODED_SHAPE = "an encoded part of [a-zA-Z0-9=_-] characters after ':'";

    private final String algorithm;
    private final String encoded;
    private final String text;

    private Digest(String algorithm, String encoded, String text) {
        this.algorithm = algorithm;
        this.encoded = encoded;
        this.text = text;
    }

    /**
     * Parses and validates a digest.
     *
     * <pre>{@code
     * Digest.parse("sha512:" + "ab".repeat(64)).algorithm(); // "sha512"
     * Digest.parse("sha256:ABC");                             // throws InvalidValueException
     * }</pre>
     *
     * @param text the digest, e.g. {@code sha256:<64 lowercase hex>}
     * @return the digest; its {@link #toString()} is {@code text}
     * @throws InvalidValueException if {@code text} is null or does not follow the rules above; the
     *     message says what part is wrong
     */
    public static Digest parse(String text) {
        if (text == null) {
            throw new InvalidValueException(WHAT, null, SHAPE + ", but found null");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException(WHAT, text, SHAPE + ", but there is no ':'");
        }
        String algorithm = text.substring(0, colon);
        String encoded = text.substring(colon + 1);
        if (!isValidAlgorithm(algorithm)) {
            String found = algorithm.isEmpty() ? "it is empty" : "found \"" + algorithm + "\"";
            throw new InvalidValueException(WHAT, text, ALGORITHM_SHAPE + ", but " + found);
        }
        checkEncoded(text, encoded);
        switch (algorithm) {
            case "sha256" -> checkLowercaseHex(text, algorithm, encoded, 64);
            case "sha512" -> checkLowercaseHex(text, algorithm, encoded, 128);
            default -> {
                // Other algorithms are not registered with fixed lengths; the grammar is all we can check.
            }
        }
        return new Digest(algorithm, encoded, text);
    }

    /**
     * The algorithm, the part before the first {@code ':'}.
     *
     * @return e.g. {@code "sha256"}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The encoded value, the part after the first {@code ':'}.
     *
     * @return e.g. the 64 hexadecimal characters of a {@code sha256} digest
     */
    public String encoded() {
        return encoded;
    }

    /**
     * The digest as text.
     *
     * @return {@code algorithm:encoded}, exactly the text that was parsed
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Two digests are equal when they have the same algorithm and encoded value.
     *
     * @param other any object
     * @return whether {@code other} is a digest with the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Digest digest && digest.text.equals(text);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the digest's text
     */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Checks {@code [a-z0-9]+([+._-][a-z0-9]+)*} without a regular expression. */
    private static boolean isValidAlgorithm(String algorithm) {
        boolean afterSeparatorOrStart = true;
        for (int i = 0; i < algorithm.length(); i++) {
            char c = algorithm.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparatorOrStart = false;
            } else if (c == '+' || c == '.' || c == '_' || c == '-') {
                if (afterSeparatorOrStart) {
                    return false;
                }
                afterSeparatorOrStart = true;
            } else {
                return false;
            }
        }
        // Empty input and a trailing separator both end here with the flag set.
        return !afterSeparatorOrStart;
    }

    private static void checkEncoded(String text, String encoded) {
        if (encoded.isEmpty()) {
            throw new InvalidValueException(WHAT, text, ENCODED_SHAPE + ", but it is empty");
        }
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '='
                    || c == '_'
                    || c == '-';
            if (!allowed) {
                throw new InvalidValueException(WHAT, text, ENCODED_SHAPE + ", but found " + CharDescription.of(c));
            }
        }
    }

    private static void checkLowercaseHex(String text, String algorithm, String encoded, int length) {
        String shape = "exactly " + length + " lowercase hex characters after \"" + algorithm + ":\"";
        if (encoded.length() != length) {
            throw new InvalidValueException(WHAT, text, shape + ", but found " + encoded.length() + " characters");
        }
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw new InvalidValueException(WHAT, text, shape + ", but found " + CharDescription.of(c));
            }
        }
    }
}
