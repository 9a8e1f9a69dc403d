/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.GraphSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The Jackson trees the JSON floor writes: one per graph, with the same content as the graph's
 * document. A metadata map or edge list that the graphs share becomes one subtree shared by the
 * trees, so that the trees of a 100,000-release stream fit in the heap the refresh runs with;
 * writing a shared subtree costs what writing a copy costs.
 */
final class FloorTrees {
    private FloorTrees() {}

    static List<JsonNode> of(GraphSet graphs) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        IdentityHashMap<Object, ObjectNode> metadataTrees = new IdentityHashMap<>();
        IdentityHashMap<Object, ArrayNode> edgeTrees = new IdentityHashMap<>();
        List<JsonNode> trees = new ArrayList<>();
        for (CincinnatiGraph graph : graphs.asMap().values()) {
            ObjectNode tree = json.objectNode();
            ArrayNode nodes = tree.putArray("nodes");
            for (GraphNode node : graph.nodes()) {
                ObjectNode nodeTree = nodes.addObject().put("version", node.version());
                nodeTree.set("metadata", metadataTrees.computeIfAbsent(node.metadata(), any -> {
                    ObjectNode metadata = json.objectNode();
                    node.metadata().forEach(metadata::put);
                    return metadata;
                }));
                nodeTree.put("payload", node.payload());
            }
            tree.set("edges", edgeTrees.computeIfAbsent(graph.edges(), any -> {
                ArrayNode edges = json.arrayNode(graph.edges().size());
                for (GraphEdge edge : graph.edges()) {
                    edges.addArray().add(edge.source()).add(edge.target());
                }
                return edges;
            }));
            trees.add(tree);
        }
        return trees;
    }
}
