/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The version of one source document that a load was built from: a fingerprint of its bytes,
 * the validators its server sent, and, when there are validators, the document as read, because a
 * {@code 304 Not Modified} answer brings no bytes to read it again from when another document of
 * the stream changed. Without validators the source is read in full every time and nothing but
 * the fingerprint is kept. Immutable.
 *
 * @param <T> the document's model type
 */
public final class DocumentVersion<T> {
    private final byte[] digest;
    private final Optional<Validators> validators;
    private final Optional<T> document;

    private DocumentVersion(byte[] digest, Optional<Validators> validators, Optional<T> document) {
        this.digest = digest;
        this.validators = validators;
        this.document = document;
    }

    /**
     * The version of a document from a source without validators: only its fingerprint is kept.
     *
     * @param digest the SHA-256 of the bytes, see {@link #digestOf(byte[])}
     * @param <T> the model type
     * @return the version
     */
    public static <T> DocumentVersion<T> withoutValidators(byte[] digest) {
        return new DocumentVersion<>(digest.clone(), Optional.empty(), Optional.empty());
    }

    /**
     * The version of a document whose server sent validators: the document is kept for the 304
     * answers to come.
     *
     * @param digest the SHA-256 of the bytes, see {@link #digestOf(byte[])}
     * @param validators what the server sent
     * @param document the document read from the bytes
     * @param <T> the model type
     * @return the version
     */
    public static <T> DocumentVersion<T> withValidators(byte[] digest, Validators validators, T document) {
        return new DocumentVersion<>(
                digest.clone(), Optional.of(validators), Optional.of(Objects.requireNonNull(document, "document")));
    }

    /**
     * The SHA-256 of a document's bytes.
     *
     * @param bytes the bytes
     * @return the digest
     */
    public static byte[] digestOf(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Whether bytes with this digest are exactly the bytes of this version.
     *
     * @param otherDigest a SHA-256
     * @return {@code true} if equal
     */
    public boolean hasDigest(byte[] otherDigest) {
        return Arrays.equals(digest, otherDigest);
    }

    /**
     * The validators to send with the next request for the document.
     *
     * @return the validators, empty for a source without them
     */
    public Optional<Validators> validators() {
        return validators;
    }

    /**
     * The document as read, kept for a 304 answer.
     *
     * @return the document, present whenever {@link #validators()} is
     */
    public Optional<T> document() {
        return document;
    }

    /**
     * This version after a {@code 304 Not Modified} answer: the same document, with the
     * validators the answer carried.
     *
     * @param notModified the validators of the 304, if any
     * @return the version, this one if nothing changed
     * @throws IllegalStateException if this version has no validators (no conditional request
     *     could have been sent for it)
     */
    public DocumentVersion<T> revalidated(Optional<Validators> notModified) {
        Validators current = validators.orElseThrow(
                () -> new IllegalStateException("a 304 answer for a document fetched without validators"));
        Validators updated = current.updatedBy(notModified);
        return updated.equals(current) ? this : new DocumentVersion<>(digest, Optional.of(updated), document);
    }

    /**
     * Whether the next request for the document would send the same conditions as with another
     * version.
     *
     * @param other another version
     * @return {@code true} if the validators are equal
     */
    public boolean sameValidators(DocumentVersion<?> other) {
        return validators.equals(other.validators);
    }
}
