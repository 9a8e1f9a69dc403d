package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.graph.NodeMetadata;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The nodes of one graph (one architecture, one scheme) while the release index is walked, with the
 * flags that the edge rules need.
 */
final class SchemeNodes {
    private final String scheme;
    private final String graphName;
    private final List<GraphNode> nodes = new ArrayList<>();
    private final BitSet barrier = new BitSet();
    private final BitSet rollout = new BitSet();
    private final BitSet deadEnd = new BitSet();
    private int pendingRelease = -1;
    private String pendingPayload = "";

    /**
     * Starts an empty graph.
     *
     * @param scheme the {@link NodeMetadata#SCHEME} value of its nodes
     * @param graphName names the graph in errors
     */
    SchemeNodes(String scheme, String graphName) {
        this.scheme = scheme;
        this.graphName = graphName;
    }

    /**
     * Records a payload of a release for this graph; a later payload of the same release wins.
     *
     * @param release the release's position in the index
     * @param payload a non-empty payload
     * @return {@code true} the first time the release offers a payload here
     */
    boolean offer(int release, String payload) {
        boolean first = pendingRelease != release;
        pendingRelease = release;
        pendingPayload = payload;
        return first;
    }

    /**
     * Adds the node of the release that last offered a payload.
     *
     * @param version the release version
     * @param ageIndex the release's position in the index, in decimal
     * @param updates what the updates document says about the version
     */
    void addPendingNode(String version, String ageIndex, VersionUpdates updates) {
        int position = nodes.size();
        GraphNode.Builder node = GraphNode.builder()
                .version(version)
                .payload(pendingPayload)
                .putMetadata(NodeMetadata.AGE_INDEX, ageIndex)
                .putMetadata(NodeMetadata.SCHEME, scheme);
        for (int i = 0; i < updates.size(); i++) {
            node.putMetadata(updates.key(i), updates.value(i));
        }
        nodes.add(node.build());
        barrier.set(position, updates.barrier());
        rollout.set(position, updates.rollout());
        deadEnd.set(position, updates.deadEnd());
    }

    /**
     * The finished graph.
     *
     * @param maxEdges the most edges allowed
     * @return nodes in index order, edges per SPEC §2.2
     */
    CincinnatiGraph toGraph(int maxEdges) {
        return CincinnatiGraph.builder()
                .addAllNodes(nodes)
                .addAllEdges(EdgeRules.edges(nodes.size(), barrier, rollout, deadEnd, maxEdges, graphName))
                .build();
    }
}
