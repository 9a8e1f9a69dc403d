/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.GraphError;
import java.util.Set;

/** Reads and writes the Cincinnati error body {@code {"kind", "value"}} (SPEC §1.7). */
public final class GraphErrorCodec implements Codec<GraphError> {
    private static final Set<String> KNOWN = Set.of("kind", "value");

    @Override
    public GraphError decode(JsonCursor at) {
        return GraphError.builder()
                .kind(at.requiredString("kind"))
                .value(at.requiredString("value"))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, GraphError error) {
        out.startObject(error.extraFields());
        out.field("kind", error.kind());
        out.field("value", error.value());
        out.endObject();
    }
}
