/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.JsonLimits;
import io.github.coreosrelease.core.model.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of one document, for a {@link StreamingCodec}: objects and arrays are walked without
 * building them, strings read directly, and every other value (small objects the codec decodes
 * with its tree functions, numbers, unknown fields) read as a tree of that value alone. Every
 * value counts against {@link JsonLimits#maxValues()} and every number against {@link
 * JsonLimits#maxNumberExponent()} exactly as in {@link ExactTree}, whose counter it shares.
 *
 * <p>Its errors are never shown (see {@link StreamingCodec}), so they carry no location.
 */
public final class TokenReader {
    private final DocumentKind kind;
    private final JsonParser parser;
    private final ExactTree tree;

    private TokenReader(DocumentKind kind, JsonParser parser, JsonLimits limits) {
        this.kind = kind;
        this.parser = parser;
        this.tree = ExactTree.over(kind, parser, limits);
    }

    /**
     * Reads a whole document with a codec: its value, then nothing after it.
     *
     * @param kind the document, for messages
     * @param parser a parser before the first token
     * @param limits the bounds on numbers and values
     * @param codec the document's codec
     * @param <T> the model class
     * @return the model
     * @throws IOException if the JSON is malformed
     */
    static <T> T read(DocumentKind kind, JsonParser parser, JsonLimits limits, StreamingCodec<T> codec)
            throws IOException {
        TokenReader in = new TokenReader(kind, parser, limits);
        T model = codec.decode(in);
        in.tree.requireEnd();
        return model;
    }

    /** What a codec does with one member of an object. */
    @FunctionalInterface
    public interface FieldReader {
        /**
         * Reads the member's value.
         *
         * @param name the member's name
         * @param token the first token of its value
         * @throws IOException if the JSON is malformed
         */
        void field(String name, JsonToken token) throws IOException;
    }

    /**
     * Decodes one element of an array.
     *
     * @param <T> the element type
     */
    @FunctionalInterface
    public interface ElementReader<T> {
        /**
         * Reads the element.
         *
         * @param token the first token of the element
         * @return the decoded element
         * @throws IOException if the JSON is malformed
         */
        T element(JsonToken token) throws IOException;
    }

    /**
     * The first token of the document.
     *
     * @return the token
     * @throws IOException if the JSON is malformed
     */
    public JsonToken first() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw mismatch("expected a JSON document, found no content");
        }
        return token;
    }

    /**
     * Walks an object, handing each member to a reader, in document order.
     *
     * @param start the object's first token
     * @param members reads each member's value entirely
     * @throws IOException if the JSON is malformed
     */
    public void object(JsonToken start, FieldReader members) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw mismatch("expected an object, found " + start);
        }
        tree.count();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // The parser rejects duplicate names (STRICT_DUPLICATE_DETECTION).
            members.field(name, parser.nextToken());
        }
        if (token != JsonToken.END_OBJECT) {
            throw mismatch("unexpected " + token + " in an object");
        }
    }

    /**
     * Walks an array, decoding each element.
     *
     * @param start the array's first token
     * @param elements decodes each element entirely
     * @param <T> the element type
     * @return the elements, in order
     * @throws IOException if the JSON is malformed
     */
    public <T> List<T> array(JsonToken start, ElementReader<T> elements) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw mismatch("expected an array, found " + start);
        }
        tree.count();
        List<T> out = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw mismatch("unexpected end of input in an array");
            }
            out.add(elements.element(token));
        }
        return out;
    }

    /**
     * A string value.
     *
     * @param token its token
     * @return the text
     * @throws IOException if the JSON is malformed
     */
    public String string(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw mismatch("expected a string, found " + token);
        }
        tree.count();
        return parser.getText();
    }

    /**
     * A whole value as a cursor, for the codec's tree functions: for small values only.
     *
     * @param token the value's first token
     * @return a cursor on the value (its pointer is not the document's: errors are never shown)
     * @throws IOException if the JSON is malformed
     */
    public JsonCursor cursor(JsonToken token) throws IOException {
        return JsonCursor.root(kind, tree.value(token));
    }

    /**
     * Collects the members a model does not interpret, as {@link JsonCursor#extraFields} does.
     *
     * @return an empty collection
     */
    public Extras extras() {
        return new Extras();
    }

    /**
     * Fails unless a required member was found.
     *
     * @param found whether the object had it (with a value other than {@code null})
     * @param name the member's name
     */
    public void require(boolean found, String name) {
        if (!found) {
            throw mismatch("missing required field \"" + name + "\"");
        }
    }

    private DocumentException mismatch(String problem) {
        return new DocumentException(kind, "", problem);
    }

    /**
     * The members of one object that its model keeps as raw JSON: unknown ones, and known ones
     * holding an explicit {@code null}, in document order.
     */
    public final class Extras {
        private Map<String, RawJson> members;

        private Extras() {}

        /**
         * Keeps a member.
         *
         * @param name its name
         * @param token the first token of its value
         * @throws IOException if the JSON is malformed
         */
        public void keep(String name, JsonToken token) throws IOException {
            if (members == null) {
                members = new LinkedHashMap<>();
            }
            members.put(name, RawJson.of(JsonSupport.toText(tree.value(token))));
        }

        /**
         * The members kept.
         *
         * @return them, in document order
         */
        public Map<String, RawJson> members() {
            return members == null ? Collections.emptyMap() : members;
        }
    }
}
