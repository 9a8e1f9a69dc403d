/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.RawJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A position in a parsed document: a node plus its JSON pointer. Codecs read documents through
 * cursors so that every error names the document, the pointer and what was expected.
 *
 * <p>An explicit JSON {@code null} counts as absent for optional fields, as in the reference
 * tools; for a required field it is an error. {@link #extraFields} keeps such a {@code null} so
 * that it survives a round trip.
 */
public final class JsonCursor {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

    private final DocumentKind kind;
    private final JsonNode node;
    private final String pointer;

    private JsonCursor(DocumentKind kind, JsonNode node, String pointer) {
        this.kind = kind;
        this.node = node;
        this.pointer = pointer;
    }

    /**
     * A cursor on the root of a document.
     *
     * @param kind the document, for messages
     * @param root the parsed root
     * @return the cursor at pointer {@code ""}
     */
    public static JsonCursor root(DocumentKind kind, JsonNode root) {
        return new JsonCursor(kind, root, "");
    }

    /**
     * The JSON pointer of this position.
     *
     * @return an RFC 6901 pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The node at this position.
     *
     * @return the node
     */
    public JsonNode node() {
        return node;
    }

    /**
     * An error at this position.
     *
     * @param problem what was found and what was expected
     * @return the exception, to throw
     */
    public DocumentException error(String problem) {
        return new DocumentException(kind, pointer, problem);
    }

    /**
     * An error about a field of this object, whether or not the field exists.
     *
     * @param field the field name
     * @param problem what was found and what was expected
     * @return the exception, to throw
     */
    public DocumentException fieldError(String field, String problem) {
        return new DocumentException(kind, child(pointer, field), problem);
    }

    private static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private JsonCursor expectObject() {
        if (!node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
        return this;
    }

    /**
     * A field of this object, absent when missing or {@code null}.
     *
     * @param name the field name
     * @return the field's cursor
     */
    public Optional<JsonCursor> field(String name) {
        expectObject();
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new JsonCursor(kind, value, child(pointer, name)));
    }

    /**
     * A required field of this object.
     *
     * @param name the field name
     * @return the field's cursor
     */
    public JsonCursor required(String name) {
        expectObject();
        JsonNode value = node.get(name);
        if (value == null) {
            throw fieldError(name, "missing required field \"" + name + "\"");
        }
        if (value.isNull()) {
            throw fieldError(name, "expected a value for required field \"" + name + "\", found null");
        }
        return new JsonCursor(kind, value, child(pointer, name));
    }

    /**
     * A required string field.
     *
     * @param name the field name
     * @return the string
     */
    public String requiredString(String name) {
        return required(name).string();
    }

    /**
     * An optional string field.
     *
     * @param name the field name
     * @return the string, or empty when missing or null
     */
    public Optional<String> optionalString(String name) {
        return field(name).map(JsonCursor::string);
    }

    /**
     * This node as a string.
     *
     * @return the text
     */
    public String string() {
        if (!node.isTextual()) {
            throw error("expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    /**
     * This node as a boolean.
     *
     * @return the value
     */
    public boolean bool() {
        if (!node.isBoolean()) {
            throw error("expected a boolean, found " + describe(node));
        }
        return node.booleanValue();
    }

    /**
     * This node as a number, exactly as written.
     *
     * @return the value; integers have scale 0
     */
    public BigDecimal number() {
        if (!node.isNumber()) {
            throw error("expected a number, found " + describe(node));
        }
        return node.decimalValue();
    }

    /**
     * This node as a number exactly as written, the sign of a zero included.
     *
     * @return the value; integers have scale 0, a negative zero reads as {@code -0.0}
     */
    public JsonDecimal decimal() {
        BigDecimal value = number();
        if (node.isDouble() && Double.doubleToRawLongBits(node.doubleValue()) == NEGATIVE_ZERO_BITS) {
            // Only a negative zero reaches the tree as a double (see SignedZeroParser); its scale is lost.
            return JsonDecimal.parse("-0.0");
        }
        return JsonDecimal.of(value);
    }

    /**
     * This node as a signed 64-bit integer.
     *
     * @return the value
     */
    public long int64() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error("expected an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", found "
                    + describe(node));
        }
        return node.longValue();
    }

    /**
     * This node as an unsigned 64-bit integer.
     *
     * @return the value, between 0 and 2^64-1
     */
    public BigInteger uint64() {
        if (!node.isIntegralNumber()
                || node.bigIntegerValue().signum() < 0
                || node.bigIntegerValue().compareTo(UINT64_MAX) > 0) {
            throw error("expected an integer between 0 and " + UINT64_MAX + ", found " + describe(node));
        }
        return node.bigIntegerValue();
    }

    /**
     * This node as a non-negative integer that fits a {@code long}, e.g. a size in bytes.
     *
     * @return the value
     */
    public long unsignedLong() {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw error("expected an integer between 0 and " + Long.MAX_VALUE + ", found " + describe(node));
        }
        return node.longValue();
    }

    /**
     * This node's string value parsed by a value-type factory; a parse failure becomes a document
     * error at this pointer.
     *
     * @param parser e.g. {@code Digest::parse}
     * @param <T> the value type
     * @return the parsed value
     */
    public <T> T parse(Function<String, T> parser) {
        String text = string();
        try {
            return parser.apply(text);
        } catch (InvalidValueException e) {
            throw new DocumentException(kind, pointer, e.getMessage(), 0, 0, e);
        }
    }

    /**
     * The elements of this array.
     *
     * @return a cursor per element, in order
     */
    public List<JsonCursor> elements() {
        if (!node.isArray()) {
            throw error("expected an array, found " + describe(node));
        }
        List<JsonCursor> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonCursor(kind, node.get(i), pointer + "/" + i));
        }
        return out;
    }

    /**
     * Decodes each element of this array.
     *
     * @param decoder decodes one element
     * @param <T> the element type
     * @return the decoded elements, in order
     */
    public <T> List<T> list(Function<JsonCursor, T> decoder) {
        List<JsonCursor> elements = elements();
        List<T> out = new ArrayList<>(elements.size());
        for (JsonCursor element : elements) {
            out.add(decoder.apply(element));
        }
        return out;
    }

    /**
     * Decodes each member of this object, keeping the document's key order.
     *
     * @param decoder decodes one member's value
     * @param <T> the value type
     * @return the decoded members, in document order
     */
    public <T> Map<String, T> map(Function<JsonCursor, T> decoder) {
        expectObject();
        Map<String, T> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            out.put(
                    field.getKey(),
                    decoder.apply(new JsonCursor(kind, field.getValue(), child(pointer, field.getKey()))));
        }
        return out;
    }

    /**
     * The members of this object that the model does not interpret, kept as raw JSON so that
     * writing the model back loses nothing: those whose names are not in {@code known}, and the
     * known ones that hold an explicit {@code null} (absent to the model, written back in place).
     *
     * @param known the field names the model reads itself
     * @return the other members, in document order
     */
    public Map<String, RawJson> extraFields(Set<String> known) {
        expectObject();
        Map<String, RawJson> extra = null;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey()) || field.getValue().isNull()) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                extra.put(field.getKey(), RawJson.of(JsonSupport.toText(field.getValue())));
            }
        }
        return extra == null ? Collections.emptyMap() : extra;
    }

    /**
     * Names a node's JSON type for messages.
     *
     * @param node any node
     * @return e.g. {@code "a string"}, {@code "null"}
     */
    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
