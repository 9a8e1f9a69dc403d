/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Test helper: parses JSON with exact numbers, so that tree equality also compares number text. */
public final class JsonTrees {
    private JsonTrees() {}

    /**
     * Parses JSON bytes.
     *
     * @param json the bytes
     * @return the tree; {@code 1.0} and {@code 1} are different nodes
     */
    public static JsonNode tree(byte[] json) {
        try {
            return JsonSupport.defaults().mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
