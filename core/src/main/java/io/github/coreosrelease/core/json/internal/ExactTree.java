/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.core.json.JsonLimits;
import java.io.IOException;

/**
 * Reads a tree from a parser the way every reader and the validator need it: each number keeps
 * the exact text the document wrote ({@link ExactNumberNode}), an
 * exponent beyond {@link JsonLimits#maxNumberExponent()} and a document of more than {@link
 * JsonLimits#maxValues()} values are refused, and nothing may follow the document.
 *
 * <p>The exponent bound is what keeps a number such as {@code 1e999999999} from being expanded to
 * its digits anywhere later (a lint message, a plain-text rendering); the value bound keeps the
 * tree, and every model built from it, in proportion to a budget rather than to the byte limit
 * alone: a tree takes tens of bytes per value, so 64 MiB of tiny values would take gigabytes.
 */
public final class ExactTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DocumentKind kind;
    private final JsonParser parser;
    private final JsonLimits limits;
    private long values;

    private ExactTree(DocumentKind kind, JsonParser parser, JsonLimits limits) {
        this.kind = kind;
        this.parser = parser;
        this.limits = limits;
    }

    /**
     * Reads one whole document.
     *
     * @param kind the document, for messages
     * @param parser a parser positioned before the first token
     * @param limits the bounds on numbers and values (depth, sizes are the parser's)
     * @return the root, or {@code null} when the input holds no value at all
     * @throws IOException if the JSON is malformed or beyond the parser's bounds ({@code
     *     JsonProcessingException}), or trailing content follows the document
     * @throws DocumentException if a number or the value count is beyond the bounds
     */
    public static JsonNode read(DocumentKind kind, JsonParser parser, JsonLimits limits) throws IOException {
        ExactTree tree = new ExactTree(kind, parser, limits);
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = tree.value(first);
        tree.requireEnd();
        return root;
    }

    /**
     * A tree reader over a parser that a streaming decoder drives itself ({@link TokenReader}):
     * the decoder counts the values it consumes with {@link #count()} and reads the rest through
     * {@link #value(JsonToken)}, so that both share one value budget.
     *
     * @param kind the document, for messages
     * @param parser the parser
     * @param limits the bounds
     * @return a reader with no value counted yet
     */
    static ExactTree over(DocumentKind kind, JsonParser parser, JsonLimits limits) {
        return new ExactTree(kind, parser, limits);
    }

    /**
     * Refuses anything after the document's last token.
     *
     * @throws IOException if a token follows
     */
    void requireEnd() throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(
                    parser,
                    "Trailing token (of type " + trailing + ") found after the end of the document",
                    parser.currentTokenLocation());
        }
    }

    /**
     * Counts one value against {@link JsonLimits#maxValues()}.
     *
     * @throws DocumentException when the budget is exceeded
     */
    void count() {
        if (++values > limits.maxValues()) {
            throw failure("document exceeds a size limit: more than " + limits.maxValues()
                    + " JSON values (objects, arrays, strings, numbers, literals)");
        }
    }

    /**
     * Reads the value that starts at a token, counting it and everything inside it.
     *
     * @param token the value's first token
     * @return the value as a tree
     * @throws IOException if the JSON is malformed
     */
    JsonNode value(JsonToken token) throws IOException {
        count();
        return switch (token) {
            case START_OBJECT -> object();
            case START_ARRAY -> array();
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser.getText());
            case VALUE_NUMBER_FLOAT -> decimal(parser.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private ObjectNode object() throws IOException {
        ObjectNode object = NODES.objectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // The parser rejects duplicate names (STRICT_DUPLICATE_DETECTION).
            object.set(name, value(parser.nextToken()));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "Unexpected token " + token + " in an object");
        }
        return object;
    }

    private ArrayNode array() throws IOException {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonParseException(parser, "Unexpected end of input in an array");
            }
            array.add(value(token));
        }
        return array;
    }

    private JsonNode integer(String text) {
        return ExactNumberNode.integer(text);
    }

    private JsonNode decimal(String text) {
        int bound = limits.maxNumberExponent();
        if (!NumberText.exponentWithin(text, bound)) {
            throw failure("number " + Shortened.text(text, 40) + " has an exponent beyond the limit of " + bound
                    + " (its magnitude is far beyond any value of these documents)");
        }
        return ExactNumberNode.decimal(text);
    }

    private DocumentException failure(String problem) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        JsonLocation at = parser.currentTokenLocation();
        return new DocumentException(
                kind, pointer, problem, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), null);
    }
}
