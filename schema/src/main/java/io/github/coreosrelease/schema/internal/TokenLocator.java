/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds where the values named by JSON pointers start in a document's text, by reading it once more
 * as a token stream: the tree that was validated does not remember positions.
 */
public final class TokenLocator {
    private final StrictJson json;

    /**
     * Creates a locator.
     *
     * @param json the reader that also parsed the tree, so that both see the same document
     */
    public TokenLocator(StrictJson json) {
        this.json = json;
    }

    /**
     * Locates values.
     *
     * @param text a well-formed document
     * @param pointers RFC 6901 pointers of values in it
     * @return the position of each pointer found; pointers to absent values are left out
     * @throws IOException if the text cannot be read again, which cannot happen for a text that
     *     parsed before
     */
    public Map<String, TokenPosition> locate(String text, Set<String> pointers) throws IOException {
        Map<String, TokenPosition> found = new HashMap<>();
        int order = 0;
        try (JsonParser parser = json.parser(text)) {
            for (JsonToken token = parser.nextToken();
                    token != null && found.size() < pointers.size();
                    token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // At a value token the context path is the value's own pointer, also for the START
                // tokens of containers (their fresh context has no path segment yet).
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (pointers.contains(pointer) && !found.containsKey(pointer)) {
                    JsonLocation location = parser.currentTokenLocation();
                    found.put(pointer, new TokenPosition(order, location.getLineNr(), location.getColumnNr()));
                }
                order++;
            }
        }
        return found;
    }
}
