/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads documents the way validation needs them: UTF-8 only, duplicate property names and trailing
 * content rejected (either would make a JSON pointer ambiguous), floating point numbers kept exact,
 * and the bounds of {@link InputLimits} enforced.
 */
public final class StrictJson {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    /** Creates a reader; it is thread-safe. */
    public StrictJson() {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                        .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
     * Parses a whole document.
     *
     * @param text the document
     * @return its tree; a missing node when the text holds no value at all
     * @throws JsonProcessingException if the text is not one well-formed JSON value within the bounds
     */
    public JsonNode readTree(String text) throws JsonProcessingException {
        return mapper.readTree(text);
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
