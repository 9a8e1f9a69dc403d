/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A thin wrapper over a Jackson generator for codecs: absent optionals are not written, extra
 * fields are written back after the known ones, I/O errors become unchecked.
 */
public final class JsonOut {
    private final JsonGenerator generator;

    /**
     * Wraps a generator.
     *
     * @param generator the target
     */
    public JsonOut(JsonGenerator generator) {
        this.generator = generator;
    }

    /** Starts an object. */
    public void startObject() {
        io(() -> generator.writeStartObject());
    }

    /** Ends an object. */
    public void endObject() {
        io(() -> generator.writeEndObject());
    }

    /** Starts an array. */
    public void startArray() {
        io(() -> generator.writeStartArray());
    }

    /** Ends an array. */
    public void endArray() {
        io(() -> generator.writeEndArray());
    }

    /**
     * Writes a field name; the value must follow.
     *
     * @param name the field name
     */
    public void name(String name) {
        io(() -> generator.writeFieldName(name));
    }

    /**
     * Writes a string value.
     *
     * @param value the string
     */
    public void string(String value) {
        io(() -> generator.writeString(value));
    }

    /**
     * Writes an integer value.
     *
     * @param value the integer
     */
    public void number(long value) {
        io(() -> generator.writeNumber(value));
    }

    /**
     * Writes an exact decimal value as it was read (e.g. {@code 1.0} stays {@code 1.0}).
     *
     * @param value the number
     */
    public void number(BigDecimal value) {
        io(() -> generator.writeNumber(value));
    }

    /**
     * Writes a number as it was read, the sign of a zero included.
     *
     * @param value the number
     */
    public void number(JsonDecimal value) {
        io(() -> generator.writeNumber(value.toString()));
    }

    /**
     * Writes a big integer value.
     *
     * @param value the integer
     */
    public void number(BigInteger value) {
        io(() -> generator.writeNumber(value));
    }

    /**
     * Writes a boolean value.
     *
     * @param value the boolean
     */
    public void bool(boolean value) {
        io(() -> generator.writeBoolean(value));
    }

    /**
     * Writes {@code "name": "value"}.
     *
     * @param name the field name
     * @param value the string
     */
    public void field(String name, String value) {
        name(name);
        string(value);
    }

    /**
     * Writes {@code "name": "value"} when present.
     *
     * @param name the field name
     * @param value the string, or empty to write nothing
     */
    public void field(String name, Optional<String> value) {
        value.ifPresent(v -> field(name, v));
    }

    /**
     * Writes a field whose value a writer produces, when present.
     *
     * @param name the field name
     * @param value the value, or empty to write nothing
     * @param writer writes the value
     * @param <T> the value type
     */
    public <T> void field(String name, Optional<T> value, BiConsumer<JsonOut, T> writer) {
        value.ifPresent(v -> {
            name(name);
            writer.accept(this, v);
        });
    }

    /**
     * Writes an array of values.
     *
     * @param values the values
     * @param writer writes one value
     * @param <T> the element type
     */
    public <T> void array(List<T> values, BiConsumer<JsonOut, T> writer) {
        startArray();
        for (T value : values) {
            writer.accept(this, value);
        }
        endArray();
    }

    /**
     * Writes an object from a map, in the map's order.
     *
     * @param values the members
     * @param writer writes one member's value
     * @param <T> the value type
     */
    public <T> void object(Map<String, T> values, BiConsumer<JsonOut, T> writer) {
        startObject();
        values.forEach((key, value) -> {
            name(key);
            writer.accept(this, value);
        });
        endObject();
    }

    /**
     * Writes a raw value.
     *
     * @param value the value
     */
    public void raw(RawJson value) {
        io(() -> generator.writeTree(JsonSupport.toTree(value.json())));
    }

    /**
     * Writes the fields the model did not interpret, after the known ones.
     *
     * @param extra the unknown fields, in their original order
     */
    public void extraFields(Map<String, RawJson> extra) {
        extra.forEach((key, value) -> {
            name(key);
            raw(value);
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
