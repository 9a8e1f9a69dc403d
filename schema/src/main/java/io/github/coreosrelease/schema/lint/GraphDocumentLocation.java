/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node or an edge of a graph document, a {@code /v1/graph} response or a file written by {@code
 * export} (SPEC §1.7): where a rule of {@link Linter#lintGraphDocument(byte[], String)} found
 * something. Such a document does not say its stream or architecture, so the location names the
 * document as the caller did.
 *
 * <pre>{@code
 * GraphDocumentLocation edge = GraphDocumentLocation.ofEdge("graph.json", 3);
 * edge.describe(); // "graph.json#/edges/3"
 * GraphDocumentLocation node = GraphDocumentLocation.ofNode("graph.json", 5, "41.20241109.3.0");
 * node.describe(); // "graph.json@41.20241109.3.0"
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public non-sealed interface GraphDocumentLocation extends Location {
    /**
     * The document, as the caller named it.
     *
     * @return e.g. a file name, or {@link Linter#GRAPH_DOCUMENT} by default
     */
    String document();

    /**
     * The node or edge concerned.
     *
     * @return an RFC 6901 JSON pointer, {@code /nodes/<i>} or {@code /edges/<i>}
     */
    String pointer();

    /**
     * The version of the node concerned.
     *
     * @return the version for a node, empty for an edge
     */
    Optional<String> version();

    /**
     * The location in words: {@code <document>@<version>} for a node, like {@link GraphLocation}
     * names a release, and {@code <document>#<pointer>} for an edge, like {@link DocumentLocation}
     * names a value (and for a node whose version is empty).
     *
     * @return e.g. {@code graph.json@41.20241109.3.0} or {@code graph.json#/edges/3}
     */
    @Override
    default String describe() {
        return version()
                .filter(v -> !v.isEmpty())
                .map(v -> document() + "@" + v)
                .orElseGet(() -> document() + "#" + pointer());
    }

    /**
     * A node of a graph document.
     *
     * @param document the document's name
     * @param position the node's position in {@code nodes}
     * @param version the node's version
     * @return the location, with pointer {@code /nodes/<position>}
     */
    static GraphDocumentLocation ofNode(String document, int position, String version) {
        return builder()
                .document(document)
                .pointer("/nodes/" + position)
                .version(version)
                .build();
    }

    /**
     * An edge of a graph document.
     *
     * @param document the document's name
     * @param position the edge's position in {@code edges}
     * @return the location, with pointer {@code /edges/<position>}
     */
    static GraphDocumentLocation ofEdge(String document, int position) {
        return builder().document(document).pointer("/edges/" + position).build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link GraphDocumentLocation} values. */
    final class Builder extends ImmutableGraphDocumentLocation.Builder {}
}
