/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.JsonLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Jackson configuration shared by every reader and writer: UTF-8 only ({@link Utf8}), numbers kept
 * with their exact text ({@link ExactTree}: {@code 1e5} stays {@code 1e5}), duplicate keys
 * rejected, trailing tokens rejected, depth, size, number exponents and value count bounded.
 */
public final class JsonSupport {
    private static final JsonSupport DEFAULT = new JsonSupport(JsonLimits.defaults());

    private final JsonLimits limits;
    private final ObjectMapper mapper;

    /**
     * Creates a configuration for the given limits.
     *
     * @param limits size and depth bounds
     */
    public JsonSupport(JsonLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /**
     * The configuration with default limits.
     *
     * @return a shared instance
     */
    public static JsonSupport defaults() {
        return DEFAULT;
    }

    /**
     * The configuration for given limits: the shared one for the defaults, so that the common case
     * does not build a new mapper.
     *
     * @param limits size and depth bounds
     * @return a configuration enforcing them
     */
    public static JsonSupport of(JsonLimits limits) {
        return limits.equals(DEFAULT.limits) ? DEFAULT : new JsonSupport(limits);
    }

    /**
     * The limits in force.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * The configured mapper, for writers.
     *
     * @return the mapper; never reconfigure it
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Parses a whole document into a tree, turning every syntax or limit error into a {@link
     * DocumentException} with the pointer and location where the parser stopped.
     *
     * @param kind the document, for messages
     * @param json the bytes
     * @return the root node
     */
    public JsonNode parse(DocumentKind kind, byte[] json) {
        if (json.length > limits.maxDocumentBytes()) {
            throw new DocumentException(
                    kind,
                    "",
                    "document is " + json.length + " bytes, larger than the limit of " + limits.maxDocumentBytes()
                            + " bytes");
        }
        Utf8.require(kind, json);
        try (JsonParser parser = openParser(kind, json)) {
            try {
                JsonNode root = ExactTree.read(kind, parser, limits);
                if (root == null) {
                    throw new DocumentException(kind, "", "expected a JSON document, found no content", 1, 1, null);
                }
                return root;
            } catch (JsonProcessingException e) {
                throw syntaxError(kind, parser, e);
            } catch (CharConversionException e) {
                // The bytes are in memory, so the only other failure is text that its detected
                // encoding (UTF-8, or UTF-16/32 after leading NUL bytes) cannot decode.
                throw encodingError(kind, parser, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes a whole document straight from its tokens, holding no tree of it: the way the large
     * documents of a graph refresh are read. Every bound of {@link #parse} applies.
     *
     * @param kind the document, for messages
     * @param json the bytes
     * @param codec the document's codec
     * @param <T> the model class
     * @return the model, or empty when the document is not valid: read it with {@link #parse} and
     *     {@link Codec#decode} then, which names the problem (the streaming decode stops at the
     *     first problem in document order, where the tree reader reports syntax errors anywhere
     *     before model errors, and model errors in its own order)
     */
    public <T> Optional<T> stream(DocumentKind kind, byte[] json, StreamingCodec<T> codec) {
        if (json.length > limits.maxDocumentBytes()) {
            return Optional.empty();
        }
        try {
            Utf8.require(kind, json);
        } catch (DocumentException e) {
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(json)) {
            return Optional.of(TokenReader.read(kind, parser, limits, codec));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private JsonParser openParser(DocumentKind kind, byte[] json) throws IOException {
        try {
            return mapper.createParser(json);
        } catch (CharConversionException e) {
            // NUL bytes are ASCII, so the UTF-8 check lets them through; the parser's encoding
            // detection refuses the orders of them that no UCS-4 form has (00 00 XX 00).
            String detail = e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")";
            throw new DocumentException(
                    kind, "", "malformed JSON: NUL bytes where a JSON value must start" + detail, 1, 1, e);
        }
    }

    private static DocumentException syntaxError(DocumentKind kind, JsonParser parser, JsonProcessingException e) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String problem = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            // Jackson names the setting that holds the limit; the reader's JsonLimits is what users see.
            problem = "document exceeds a size limit: " + problem.replaceAll(", from `[^`]*`", "");
        } else if (problem.startsWith("Trailing token")) {
            problem = "malformed JSON: unexpected content after the end of the document";
        } else {
            problem = "malformed JSON: " + firstLine(problem);
        }
        // Limit violations carry no location of their own; where the parser stopped is the best answer.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new DocumentException(kind, pointer, problem, line, column, e);
    }

    private static DocumentException encodingError(DocumentKind kind, JsonParser parser, CharConversionException e) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonLocation at = parser.currentLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        // Jackson's message ends with an unmatched ")": inside parentheses it reads balanced.
        String detail = e.getMessage() == null ? "" : " (" + firstLine(e.getMessage());
        return new DocumentException(
                kind, pointer, "malformed JSON: bytes that are not text in their encoding" + detail, line, column, e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * Adds the line and column of the exception's pointer, found by scanning the document again.
     * Only called on the error path, so that reading stays a single pass.
     *
     * @param e an exception without location
     * @param json the document it refers to
     * @return the same exception with a location, or {@code e} if the pointer cannot be found
     */
    public DocumentException locate(DocumentException e, byte[] json) {
        if (e.line().isPresent()) {
            return e;
        }
        String target = e.pointer();
        while (true) {
            JsonLocation at = find(json, target);
            if (at != null) {
                return e.withLocation(at.getLineNr(), at.getColumnNr());
            }
            int slash = target.lastIndexOf('/');
            if (slash < 0) {
                return e;
            }
            target = target.substring(0, slash);
        }
    }

    private JsonLocation find(byte[] json, String pointer) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME
                        && token != JsonToken.END_OBJECT
                        && token != JsonToken.END_ARRAY
                        && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Normalizes JSON text to compact form, keeping exact numbers.
     *
     * @param json one JSON value
     * @return compact JSON text
     * @throws InvalidValueException if the text is not exactly one JSON value
     */
    public static String normalize(String json) {
        try {
            JsonNode node = readTree(json);
            if (node == null) {
                throw new InvalidValueException("JSON value", json, "one JSON value");
            }
            return DEFAULT.mapper.writeValueAsString(node);
        } catch (DocumentException e) {
            throw new InvalidValueException("JSON value", json, "one JSON value (" + e.problem() + ")");
        } catch (JsonProcessingException e) {
            throw new InvalidValueException(
                    "JSON value", json, "one JSON value (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compact JSON text of a tree.
     *
     * @param node any node
     * @return compact JSON text
     */
    public static String toText(JsonNode node) {
        try {
            return DEFAULT.mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Parses text known to be valid (produced by {@link #normalize}).
     *
     * @param json compact JSON text
     * @return the tree
     */
    public static JsonNode toTree(String json) {
        try {
            return readTree(json);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("normalized JSON could not be read back", e);
        }
    }

    /** Reads text into a tree with the default configuration, every number's text kept. */
    private static JsonNode readTree(String json) throws IOException {
        try (JsonParser parser = DEFAULT.mapper.createParser(json)) {
            // The kind only names the value in a message; RawJson turns the failure into its own.
            return ExactTree.read(DocumentKind.META, parser, DEFAULT.limits);
        }
    }
}
