/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One serialized JSON body, shared by every response that sends it: the bytes in a direct buffer
 * (sockets write it without another copy), its entity tag, and its gzip form, compressed on first
 * use. Immutable once built; safe to share between threads.
 */
public final class ResponseBody {
    private static final int ETAG_BYTES = 16;

    private final ByteBuffer identity;
    private final String etag;
    private volatile ByteBuffer gzip;

    private ResponseBody(ByteBuffer identity, String etag) {
        this.identity = identity.asReadOnlyBuffer();
        this.etag = etag;
    }

    /**
     * A body that carries an entity tag derived from its content: the same bytes get the same tag
     * on every replica and after every restart.
     *
     * @param json the body
     * @return the body
     */
    public static ResponseBody tagged(byte[] json) {
        // Graph bodies live long and go out often: a direct buffer spares a copy per response.
        ByteBuffer direct = ByteBuffer.allocateDirect(json.length);
        direct.put(json).flip();
        return new ResponseBody(direct, contentTag(json));
    }

    /**
     * A body without entity tag, for error responses: short-lived, so kept on the heap.
     *
     * @param json the body
     * @return the body
     */
    public static ResponseBody untagged(byte[] json) {
        return new ResponseBody(ByteBuffer.wrap(json.clone()), "");
    }

    /**
     * The entity tag of the identity encoding, quoted; empty for an untagged body.
     *
     * @return e.g. {@code "1f0c...e2"} with the quotes
     */
    public String etag() {
        return etag;
    }

    /**
     * The body bytes, as a new read-only view positioned at the start.
     *
     * @return the view
     */
    public ByteBuffer identity() {
        return identity.duplicate();
    }

    /**
     * Whether the gzip form is compressed already, so that {@link #gzip()} is a lookup.
     *
     * @return true after the first {@link #gzip()}
     */
    public boolean isGzipReady() {
        return gzip != null;
    }

    /**
     * The gzip-compressed body, as a new read-only view; compressed once, on first use.
     *
     * @return the view
     */
    public ByteBuffer gzip() {
        ByteBuffer compressed = gzip;
        if (compressed == null) {
            synchronized (this) {
                compressed = gzip;
                if (compressed == null) {
                    byte[] bytes = compress(identity.duplicate());
                    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length);
                    direct.put(bytes).flip();
                    compressed = direct.asReadOnlyBuffer();
                    gzip = compressed;
                }
            }
        }
        return compressed.duplicate();
    }

    private static byte[] compress(ByteBuffer source) {
        byte[] plain = new byte[source.remaining()];
        source.get(plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                // Compressed once per distinct body: the best ratio costs nothing per request.
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory failed", e);
        }
        return out.toByteArray();
    }

    private static String contentTag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return '"' + HexFormat.of().formatHex(digest, 0, ETAG_BYTES) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
