/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.coreosrelease.core.json.JsonLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads documents the way validation needs them: UTF-8 only, duplicate property names rejected
 * (they would make a JSON pointer ambiguous) and the depth and string bounds of a {@link JsonLimits}
 * enforced, the typed readers' own, so that a document is either within bounds for both validation
 * and reading or for neither. The tree is read from its parser by the readers' own
 * {@code ExactTree}, which also rejects trailing content.
 */
public final class StrictJson {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final JsonFactory factory;

    /**
     * Creates a reader; it is thread-safe.
     *
     * @param limits the bounds on nesting depth and string length (the document size is checked
     *     on the bytes, before decoding)
     */
    public StrictJson(JsonLimits limits) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Decodes a document's bytes as UTF-8 (RFC 8259 §8.1), dropping a leading byte order mark.
     *
     * @param bytes the raw document
     * @return its text
     * @throws CharacterCodingException if the bytes are not valid UTF-8
     */
    public String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * Opens a streaming parser with the same rules.
     *
     * @param text the document
     * @return a parser positioned before the first token
     * @throws IOException if the parser cannot be created
     */
    public JsonParser parser(String text) throws IOException {
        return factory.createParser(text);
    }
}
