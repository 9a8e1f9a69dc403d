/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import java.util.Optional;

/**
 * Tells which pipeline document a JSON text is, from the fields its root object has, so that tools
 * can accept any document without being told its type.
 *
 * <pre>{@code
 * Optional<DocumentKind> kind = DocumentDetector.detect(bytes); // e.g. RELEASE_INDEX
 * }</pre>
 */
public final class DocumentDetector {
    private DocumentDetector() {}

    /**
     * Detects the document kind.
     *
     * @param json a JSON document
     * @return the kind, or empty when the root is not an object or its fields fit no document (an
     *     index or updates document with no releases is ambiguous)
     * @throws io.github.coreosrelease.core.DocumentException if the JSON is malformed
     */
    public static Optional<DocumentKind> detect(byte[] json) {
        JsonNode root = JsonSupport.defaults().parse(DocumentKind.META, json);
        return detect(root);
    }

    static Optional<DocumentKind> detect(JsonNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (root.has("nodes") && root.has("edges")) {
            return Optional.of(DocumentKind.GRAPH);
        }
        if (root.has("deployments")) {
            return Optional.of(DocumentKind.RPM_OSTREE_STATUS);
        }
        if (root.has("buildid") || root.has("ostree-commit")) {
            return Optional.of(DocumentKind.META);
        }
        if (root.has("architectures")) {
            return Optional.of(root.has("release") ? DocumentKind.RELEASE : DocumentKind.STREAM);
        }
        JsonNode releases = root.get("releases");
        if (releases != null && releases.isArray() && releases.size() > 0) {
            JsonNode metadata = releases.get(0).get("metadata");
            if (metadata != null && metadata.isTextual()) {
                return Optional.of(DocumentKind.RELEASE_INDEX);
            }
            if (metadata != null && metadata.isObject()) {
                return Optional.of(DocumentKind.UPDATES);
            }
        }
        if (root.size() == 2
                && root.path("kind").isTextual()
                && root.path("value").isTextual()) {
            return Optional.of(DocumentKind.GRAPH_ERROR);
        }
        return Optional.empty();
    }
}
