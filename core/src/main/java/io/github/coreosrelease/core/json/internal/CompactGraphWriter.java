/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a graph as compact JSON straight into a byte array, byte for byte what the Jackson path
 * ({@link GraphCodec} through a generator) writes. A refresh serializes every graph of a stream,
 * and a large graph is mostly edges: two small integers each, which this writer puts down without
 * an object, a lambda or a generator call per token.
 *
 * <p>Strings of printable ASCII without quote or backslash (versions, payloads, metadata keys and
 * values of real graphs) are copied as they are; any other string is written by a Jackson
 * generator, so escapes and UTF-8 stay exactly Jackson's. Graphs or nodes with unknown fields are
 * not handled here (the caller falls back to the codec).
 */
public final class CompactGraphWriter {
    private static final byte[] NODES = ascii("{\"nodes\":[");
    private static final byte[] VERSION = ascii("{\"version\":");
    private static final byte[] METADATA = ascii(",\"metadata\":{");
    private static final byte[] PAYLOAD = ascii("},\"payload\":");
    private static final byte[] EDGES = ascii("],\"edges\":[");

    private byte[] buffer;
    private int size;

    private CompactGraphWriter(int capacity) {
        this.buffer = new byte[capacity];
    }

    /**
     * Writes a graph, when it has no unknown fields.
     *
     * @param graph the graph
     * @return the compact JSON bytes, or empty when the graph or a node carries unknown fields
     */
    public static Optional<byte[]> write(CincinnatiGraph graph) {
        if (!graph.extraFields().isEmpty()) {
            return Optional.empty();
        }
        List<GraphNode> nodes = graph.nodes();
        List<GraphEdge> edges = graph.edges();
        // Sized exactly when every string is written as it is (real graphs): one allocation and no
        // copy, which at 100,000 releases is the difference between fitting in a 1 GB heap or not
        // (doubling a 60 MB buffer then trimming it held three times the body at once).
        CompactGraphWriter out = new CompactGraphWriter((int) Math.min(plainSize(nodes, edges), Integer.MAX_VALUE - 8));
        out.raw(NODES);
        for (int i = 0; i < nodes.size(); i++) {
            GraphNode node = nodes.get(i);
            if (!node.extraFields().isEmpty()) {
                return Optional.empty();
            }
            if (i > 0) {
                out.put((byte) ',');
            }
            out.raw(VERSION);
            out.string(node.version());
            out.raw(METADATA);
            boolean first = true;
            for (Map.Entry<String, String> entry : node.metadata().entrySet()) {
                if (!first) {
                    out.put((byte) ',');
                }
                first = false;
                out.string(entry.getKey());
                out.put((byte) ':');
                out.string(entry.getValue());
            }
            out.raw(PAYLOAD);
            out.string(node.payload());
            out.put((byte) '}');
        }
        out.raw(EDGES);
        for (int i = 0; i < edges.size(); i++) {
            GraphEdge edge = edges.get(i);
            if (out.buffer.length - out.size < 24) {
                // Near the end of an exactly sized buffer: ask for this edge's bytes only.
                out.ensure(4 + stringSize(edge.source()) + stringSize(edge.target()));
            }
            if (i > 0) {
                out.buffer[out.size++] = ',';
            }
            out.buffer[out.size++] = '[';
            out.digits(edge.source());
            out.buffer[out.size++] = ',';
            out.digits(edge.target());
            out.buffer[out.size++] = ']';
        }
        out.raw(new byte[] {']', '}'});
        return Optional.of(out.buffer.length == out.size ? out.buffer : Arrays.copyOf(out.buffer, out.size));
    }

    /**
     * The size of the document when no string needs an escape: exact for real graphs, and too
     * small otherwise (then the buffer grows as it is written).
     */
    static long plainSize(List<GraphNode> nodes, List<GraphEdge> edges) {
        long size = NODES.length + EDGES.length + 2L;
        for (GraphNode node : nodes) {
            size += 1 + VERSION.length + node.version().length() + 2L + METADATA.length;
            for (Map.Entry<String, String> entry : node.metadata().entrySet()) {
                size += 1 + entry.getKey().length() + 2L + 1 + entry.getValue().length() + 2L;
            }
            if (!node.metadata().isEmpty()) {
                size--; // no comma before the first entry
            }
            size += PAYLOAD.length + node.payload().length() + 2L + 1;
        }
        for (GraphEdge edge : edges) {
            size += 4L + stringSize(edge.source()) + stringSize(edge.target()); // ,[s,t]
        }
        // No comma before the first node and the first edge.
        return size - (nodes.isEmpty() ? 0 : 1) - (edges.isEmpty() ? 0 : 1);
    }

    private void string(String value) {
        int length = value.length();
        ensure(length + 2);
        int at = size;
        buffer[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                jacksonString(value);
                return;
            }
            buffer[at++] = (byte) c;
        }
        buffer[at++] = '"';
        size = at;
    }

    /** A string that needs escapes or UTF-8: written by Jackson, as the codec path writes it. */
    private void jacksonString(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length() * 3 + 2);
        try (JsonGenerator generator =
                JsonSupport.defaults().mapper().getFactory().createGenerator(bytes)) {
            generator.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        raw(bytes.toByteArray());
    }

    /** A non-negative int in decimal; the caller has ensured room for 10 digits. */
    private void digits(int value) {
        if (value < 10) {
            buffer[size++] = (byte) ('0' + value);
            return;
        }
        int end = size + stringSize(value);
        int at = end;
        int rest = value;
        while (rest > 0) {
            buffer[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size = end;
    }

    private static int stringSize(int value) {
        int digits = 1;
        for (long limit = 10; value >= limit && digits < 10; limit *= 10) {
            digits++;
        }
        return digits;
    }

    private void put(byte b) {
        ensure(1);
        buffer[size++] = b;
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            long wanted = Math.max((long) buffer.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("graph document larger than 2 GiB");
            }
            buffer = Arrays.copyOf(buffer, (int) wanted);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
