/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Merges two versions of a {@code meta.json} on their JSON trees: objects are merged key by key,
 * any other value of the overlay replaces the base's, keys only in the base are kept.
 */
public final class MetaJsonMerge {
    private MetaJsonMerge() {}

    /**
     * Merges an overlay into a base.
     *
     * @param base the older version, e.g. the one on disk
     * @param overlay the newer version, whose values win
     * @return the merged document
     */
    public static BuildMeta merge(BuildMeta base, BuildMeta overlay) {
        JsonNode merged = mergeObjects(tree(base), tree(overlay));
        try {
            byte[] bytes = JsonSupport.defaults().mapper().writeValueAsBytes(merged);
            return DocumentReader.standard().read(DocumentType.META, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tree(BuildMeta meta) {
        try {
            byte[] bytes = DocumentWriter.compact().write(DocumentType.META, meta);
            return (ObjectNode) JsonSupport.defaults().mapper().readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode mergeObjects(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode current = merged.get(field.getKey());
            JsonNode value = field.getValue();
            if (current != null && current.isObject() && value.isObject()) {
                merged.set(field.getKey(), mergeObjects((ObjectNode) current, (ObjectNode) value));
            } else {
                merged.set(field.getKey(), value.deepCopy());
            }
        }
        return merged;
    }
}
