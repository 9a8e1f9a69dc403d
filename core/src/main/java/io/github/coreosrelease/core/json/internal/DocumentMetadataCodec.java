/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.DocumentMetadata;
import java.util.Set;

/** Reads and writes the {@code metadata} object shared by several documents. */
public final class DocumentMetadataCodec {
    private static final Set<String> KNOWN = Set.of("last-modified", "generator");

    private DocumentMetadataCodec() {}

    /**
     * Reads a metadata object.
     *
     * @param at the object
     * @return the model
     */
    public static DocumentMetadata decodeMetadata(JsonCursor at) {
        return DocumentMetadata.builder()
                .lastModified(at.optionalString("last-modified"))
                .generator(at.optionalString("generator"))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    /**
     * Writes a metadata object.
     *
     * @param out the target
     * @param metadata the model
     */
    public static void encodeMetadata(JsonOut out, DocumentMetadata metadata) {
        out.startObject(metadata.extraFields());
        out.field("last-modified", metadata.lastModified());
        out.field("generator", metadata.generator());
        out.endObject();
    }
}
