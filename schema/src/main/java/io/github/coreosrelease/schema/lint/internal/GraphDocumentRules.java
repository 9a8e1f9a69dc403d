/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.internal.GraphCodec;
import io.github.coreosrelease.core.json.internal.JsonCursor;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.GraphDocumentLocation;
import io.github.coreosrelease.schema.lint.LintRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint rules on a graph document as served (SPEC §1.7, §5): edges that name a node the document
 * does not have, edges listed twice, versions listed twice, nodes that update clients refuse; then,
 * on the graph of the document's nodes and its edges that are in range, every rule of {@link
 * GraphRules}.
 *
 * <p>The document is read as {@link io.github.coreosrelease.core.json.DocumentReader} reads a
 * {@code GRAPH}, with the same errors, except that an edge index beyond the node list is a finding
 * here instead of an error. Findings come in document order: nodes, then edges, then those of
 * {@link GraphRules}.
 */
public final class GraphDocumentRules {
    private static final DocumentKind KIND = DocumentKind.GRAPH;
    private static final GraphCodec CODEC = new GraphCodec();

    private final String document;
    private final List<Finding> findings = new ArrayList<>();

    private GraphDocumentRules(String document) {
        this.document = document;
    }

    /**
     * Reads and checks a graph document.
     *
     * @param json the document, UTF-8 JSON
     * @param document the document's name, for locations
     * @return the findings
     * @throws DocumentException if the document is not JSON, exceeds the default limits, or is not
     *     shaped like a graph; with the line and column where known
     */
    public static List<Finding> check(byte[] json, String document) {
        JsonSupport support = JsonSupport.defaults();
        JsonNode root = support.parse(KIND, json);
        try {
            GraphDocumentRules rules = new GraphDocumentRules(document);
            rules.run(root);
            return List.copyOf(rules.findings);
        } catch (DocumentException e) {
            throw support.locate(e, json);
        }
    }

    private void run(JsonNode root) {
        boolean edgeList = root.path("edges").isArray();
        // The nodes are read by the reader's own codec, on a copy without edges so that an edge out
        // of range does not stop it; a document without an edge list fails there as in the reader.
        CincinnatiGraph withoutEdges = CODEC.decode(JsonCursor.root(KIND, edgeList ? withEmptyEdges(root) : root));
        List<GraphNode> nodes = withoutEdges.nodes();
        checkNodes(nodes);
        List<GraphEdge> inRange = checkEdges(JsonCursor.root(KIND, root).required("edges"), nodes.size());
        CincinnatiGraph graph =
                CincinnatiGraph.builder().from(withoutEdges).edges(inRange).build();
        findings.addAll(GraphRules.check(
                graph, (position, version) -> GraphDocumentLocation.ofNode(document, position, version)));
    }

    private static ObjectNode withEmptyEdges(JsonNode root) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        copy.setAll((ObjectNode) root);
        copy.putArray("edges");
        return copy;
    }

    private void checkNodes(List<GraphNode> nodes) {
        Map<String, Integer> firstByVersion = new HashMap<>();
        for (int position = 0; position < nodes.size(); position++) {
            GraphNode node = nodes.get(position);
            GraphDocumentLocation at = GraphDocumentLocation.ofNode(document, position, node.version());
            Integer first = firstByVersion.putIfAbsent(node.version(), position);
            if (first != null) {
                findings.add(Finding.of(
                        LintRule.GRAPH_DUPLICATE_VERSION,
                        at,
                        "node " + at.pointer() + " repeats version " + node.version() + " of node /nodes/" + first
                                + "; a version must name one release"));
            }
            try {
                NodeRelease.fromNode(position, node);
            } catch (GraphException e) {
                findings.add(Finding.of(
                        LintRule.GRAPH_NODE_INVALID, at, e.getMessage() + "; update clients refuse such a node"));
            }
        }
    }

    /** Checks the edges as the reader does, reports those out of range or repeated, returns the others. */
    private List<GraphEdge> checkEdges(JsonCursor edges, int nodeCount) {
        List<GraphEdge> inRange = new ArrayList<>();
        Map<GraphEdge, Integer> firstPosition = new HashMap<>();
        List<JsonCursor> elements = edges.elements();
        for (int position = 0; position < elements.size(); position++) {
            JsonCursor at = elements.get(position);
            List<JsonCursor> ends = at.elements();
            if (ends.size() != 2) {
                throw at.error("expected an edge [source, target], found an array of " + ends.size() + " elements");
            }
            long source = ends.get(0).unsignedLong();
            long target = ends.get(1).unsignedLong();
            GraphDocumentLocation location = GraphDocumentLocation.ofEdge(document, position);
            if (source >= nodeCount || target >= nodeCount) {
                findings.add(
                        Finding.of(LintRule.GRAPH_EDGE_OUT_OF_RANGE, location, outOfRange(source, target, nodeCount)));
                continue;
            }
            GraphEdge edge = GraphEdge.of((int) source, (int) target);
            Integer first = firstPosition.putIfAbsent(edge, position);
            if (first != null) {
                findings.add(Finding.of(
                        LintRule.GRAPH_DUPLICATE_EDGE,
                        location,
                        "edge [" + source + ", " + target + "] is also listed at /edges/" + first));
            }
            inRange.add(edge);
        }
        return inRange;
    }

    private static String outOfRange(long source, long target, int nodeCount) {
        String named;
        if (source >= nodeCount && target >= nodeCount) {
            named = source == target ? "node index " + source : "node indexes " + source + " and " + target;
        } else {
            named = "node index " + (source >= nodeCount ? source : target);
        }
        String nodes = nodeCount == 0
                ? "no nodes"
                : nodeCount == 1 ? "1 node (index 0)" : nodeCount + " nodes (indexes 0 to " + (nodeCount - 1) + ")";
        return "edge [" + source + ", " + target + "] names " + named + ", but the graph has " + nodes;
    }
}
