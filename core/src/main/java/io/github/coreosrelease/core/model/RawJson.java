/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.json.internal.JsonSupport;
import java.util.Objects;

/**
 * A JSON value that the library does not interpret, kept as compact JSON text so that it can be
 * written back unchanged.
 *
 * <p>Every document model carries the fields it does not know in a map of {@code RawJson} (see
 * for example {@link ReleaseIndex#extraFields()}), which is what makes reading and writing a
 * document lossless. The same map keeps an explicit {@code null} that a document holds for a
 * field the model does know (e.g. {@code "uncompressed-sha256": null}): the model's accessor
 * reports the field as absent, and the writer puts the {@code null} back in the field's place.
 *
 * <pre>{@code
 * RawJson flag = RawJson.of("{\"enabled\": true}");
 * flag.json(); // {"enabled":true}
 * }</pre>
 */
public final class RawJson {
    private static final RawJson NULL = new RawJson("null");

    private final String json;

    private RawJson(String json) {
        this.json = json;
    }

    /**
     * Parses JSON text into a raw value, normalized to compact form (numbers keep their exact
     * text, e.g. {@code 1.0} stays {@code 1.0}).
     *
     * @param json any JSON value: object, array, string, number, boolean or null
     * @return the raw value
     * @throws io.github.coreosrelease.core.InvalidValueException if the text is not one JSON value
     */
    public static RawJson of(String json) {
        Objects.requireNonNull(json, "json");
        return new RawJson(JsonSupport.normalize(json));
    }

    /**
     * The JSON {@code null} literal, e.g. to write an explicit {@code null} for a field through a
     * model's {@code extraFields}.
     *
     * @return the raw value {@code null}
     */
    public static RawJson nullValue() {
        return NULL;
    }

    /**
     * Whether this is the JSON {@code null} literal.
     *
     * @return {@code true} for {@code null}
     */
    public boolean isNull() {
        return json.equals("null");
    }

    /**
     * The value as compact JSON text.
     *
     * @return compact JSON, e.g. {@code {"a":[1,2.50]}}
     */
    public String json() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawJson rawJson && rawJson.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
