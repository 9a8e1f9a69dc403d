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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A thin wrapper over a Jackson generator for codecs: absent optionals are not written, extra
 * fields are written back after the known ones, I/O errors become unchecked.
 *
 * <p>An object started with {@link #startObject(Map)} knows the members its model did not
 * interpret. When a known optional field is absent but the document held an explicit {@code null}
 * for it, the {@code null} is written where the field belongs, so that a document read and written
 * back keeps its nulls in place; the other members follow the known fields when the object ends.
 * A name is never written twice in one object: a value set in the model wins over a kept member.
 */
public final class JsonOut {
    private final JsonGenerator generator;
    private final Deque<OpenObject> open = new ArrayDeque<>();

    /**
     * Wraps a generator.
     *
     * @param generator the target
     */
    public JsonOut(JsonGenerator generator) {
        this.generator = generator;
    }

    /** Starts an object without members other than the ones its writer names. */
    public void startObject() {
        startObject(Map.of());
    }

    /**
     * Starts an object whose model kept members it does not interpret; they are written when the
     * object ends, except that a kept {@code null} of a known field is written in that field's place.
     *
     * @param extra the members the model did not interpret, in their original order
     */
    public void startObject(Map<String, RawJson> extra) {
        io(() -> generator.writeStartObject());
        open.push(new OpenObject(extra));
    }

    /** Ends an object, after the kept members not written yet. */
    public void endObject() {
        OpenObject current = open.pop();
        current.extra.forEach((key, value) -> {
            if (current.written.add(key)) {
                io(() -> generator.writeFieldName(key));
                raw(value);
            }
        });
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
        OpenObject current = open.peek();
        if (current != null) {
            current.written.add(name);
        }
        io(() -> generator.writeFieldName(name));
    }

    /** Writes {@code "name": null} in a known field's place when the document held that null. */
    private void keptNull(String name) {
        OpenObject current = open.peek();
        if (current != null && !current.written.contains(name)) {
            RawJson kept = current.extra.get(name);
            if (kept != null && kept.isNull()) {
                name(name);
                raw(kept);
            }
        }
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
        value.ifPresentOrElse(v -> field(name, v), () -> keptNull(name));
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
        value.ifPresentOrElse(
                v -> {
                    name(name);
                    writer.accept(this, v);
                },
                () -> keptNull(name));
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

    /** An object being written: the members its model kept, and the names written so far. */
    private static final class OpenObject {
        private final Map<String, RawJson> extra;
        private final Set<String> written = new HashSet<>();

        OpenObject(Map<String, RawJson> extra) {
            this.extra = extra;
        }
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
