/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

/**
 * Reads and writes one model type from and to JSON. One codec per document and nested object.
 *
 * @param <T> the model type
 */
public interface Codec<T> {
    /**
     * Reads a model at a cursor.
     *
     * @param at the position of the model's JSON value
     * @return the model
     * @throws io.github.coreosrelease.core.DocumentException on bad input
     */
    T decode(JsonCursor at);

    /**
     * Writes a model.
     *
     * @param out the target
     * @param value the model
     */
    void encode(JsonOut out, T value);
}
