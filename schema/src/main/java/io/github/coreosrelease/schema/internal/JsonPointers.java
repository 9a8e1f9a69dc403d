/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.networknt.schema.path.NodePath;

/** Writes RFC 6901 JSON pointers. */
public final class JsonPointers {
    private JsonPointers() {}

    /**
     * The pointer of a path reported by the schema validator.
     *
     * @param path a path whose elements are property names or array indexes
     * @return e.g. {@code /releases/0/metadata}; {@code ""} for the root
     */
    public static String of(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    /**
     * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
     *
     * @param token a property name or index
     * @return the escaped token
     */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
