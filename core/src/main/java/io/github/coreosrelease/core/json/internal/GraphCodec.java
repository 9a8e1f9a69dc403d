/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import java.util.List;
import java.util.Set;

/** Reads and writes a Cincinnati graph (SPEC §1.7). */
public final class GraphCodec implements Codec<CincinnatiGraph> {
    private static final Set<String> KNOWN = Set.of("nodes", "edges");
    private static final Set<String> NODE_KNOWN = Set.of("version", "payload", "metadata");

    @Override
    public CincinnatiGraph decode(JsonCursor at) {
        List<GraphNode> nodes = at.required("nodes").list(GraphCodec::node);
        List<GraphEdge> edges = at.required("edges").list(edge -> edge(edge, nodes.size()));
        return CincinnatiGraph.builder()
                .nodes(nodes)
                .edges(edges)
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    private static GraphNode node(JsonCursor at) {
        return GraphNode.builder()
                .version(at.requiredString("version"))
                .payload(at.requiredString("payload"))
                .metadata(at.required("metadata").map(JsonCursor::string))
                .extraFields(at.extraFields(NODE_KNOWN))
                .build();
    }

    private static GraphEdge edge(JsonCursor at, int nodeCount) {
        List<JsonCursor> ends = at.elements();
        if (ends.size() != 2) {
            throw at.error("expected an edge [source, target], found an array of " + ends.size() + " elements");
        }
        return GraphEdge.of(index(ends.get(0), nodeCount), index(ends.get(1), nodeCount));
    }

    private static int index(JsonCursor at, int nodeCount) {
        long value = at.unsignedLong();
        if (value >= nodeCount) {
            throw at.error("expected a node index below " + nodeCount + ", found " + value);
        }
        return (int) value;
    }

    @Override
    public void encode(JsonOut out, CincinnatiGraph graph) {
        out.startObject(graph.extraFields());
        out.name("nodes");
        out.array(graph.nodes(), GraphCodec::encodeNode);
        out.name("edges");
        out.array(graph.edges(), (o, edge) -> {
            o.startArray();
            o.number(edge.source());
            o.number(edge.target());
            o.endArray();
        });
        out.endObject();
    }

    private static void encodeNode(JsonOut out, GraphNode node) {
        out.startObject(node.extraFields());
        out.field("version", node.version());
        out.name("metadata");
        out.object(node.metadata(), JsonOut::string);
        out.field("payload", node.payload());
        out.endObject();
    }
}
