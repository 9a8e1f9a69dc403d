/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Test documents: this module's own fixtures, edited one change at a time, and the shared corpus. */
final class Fixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = "/io/github/coreosrelease/schema/";

    private Fixtures() {}

    /** The bytes of a fixture under {@code src/test/resources/io/github/coreosrelease/schema/}. */
    static byte[] resource(String relativePath) {
        try (InputStream in = Fixtures.class.getResourceAsStream(BASE + relativePath)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + relativePath);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid fixture with one change applied, pretty-printed. */
    static byte[] edited(String validFixture, Edit edit) {
        try {
            JsonNode root = MAPPER.readTree(resource("valid/" + validFixture));
            edit.applyTo(root);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared corpus directory, as {@link Corpus#dir()} finds it (or skips the test). */
    static Path corpus() {
        return Corpus.dir();
    }

    /** One change to a document: set or remove the value at a JSON pointer. */
    record Edit(String operation, String pointer, String json) {
        static Edit set(String pointer, String json) {
            return new Edit("set", pointer, json);
        }

        static Edit remove(String pointer) {
            return new Edit("remove", pointer, null);
        }

        void applyTo(JsonNode root) throws IOException {
            JsonPointer target = JsonPointer.compile(pointer);
            JsonNode parent = root.at(target.head());
            String last = target.last().getMatchingProperty();
            if (parent instanceof ObjectNode object) {
                if (operation.equals("set")) {
                    object.set(last, MAPPER.readTree(json));
                } else if (object.remove(last) == null) {
                    throw new IllegalStateException("nothing to remove at " + pointer);
                }
            } else if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                if (operation.equals("set")) {
                    array.set(index, MAPPER.readTree(json));
                } else {
                    array.remove(index);
                }
            } else {
                throw new IllegalStateException("no container at the parent of " + pointer);
            }
        }

        @Override
        public String toString() {
            return operation.equals("set") ? "set " + pointer + " = " + json : "remove " + pointer;
        }
    }
}
