/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.HiddenRollouts;
import io.github.coreosrelease.graph.policy.RolloutSchedules;
import io.github.coreosrelease.graph.policy.Throttling;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Explains a node's update at one instant: "why does my node not update, and when will it?".
 *
 * <p>It looks at the scope's graph as built, finds the booted node as a client does (SPEC §3 step
 * 2), and gives every target of the booted node's edges a state: {@link CandidateState#DENIED} if
 * deny-listed, else {@link CandidateState#THROTTLED} if the serving policy hides it from this
 * wariness now (SPEC §2.3), with the first second it will not, else {@link
 * CandidateState#DOWNGRADE} if not newer than the booted release, else {@link
 * CandidateState#OFFERED}. The update itself is what {@link UpdateChooser} picks from the graph
 * as served to this node at this instant, so the explanation never disagrees with the client.
 *
 * <pre>{@code
 * UpdateExplanation why = UpdateExplainer.explain(ExplainRequest.builder()
 *         .scope(scope).graph(GraphBuilder.build(index, updates, scope))
 *         .booted(Booted.parse(payload)).wariness(Wariness.fromNodeUuid(uuid))
 *         .nowEpochSeconds(clock.instant().getEpochSecond()).build());
 * }</pre>
 */
public final class UpdateExplainer {
    private UpdateExplainer() {}

    /**
     * Explains one node's update at one instant.
     *
     * @param request the node, its graph and the instant
     * @return the explanation
     * @throws io.github.coreosrelease.graph.GraphException if the booted node or a candidate is not
     *     a valid release, naming the node
     */
    public static UpdateExplanation explain(ExplainRequest request) {
        Objects.requireNonNull(request, "request");
        CincinnatiGraph graph = request.graph();
        List<GraphNode> nodes = graph.nodes();
        HiddenRollouts hidden = GraphPolicy.hiddenTargets(graph, request.wariness(), request.nowEpochSeconds());
        UpdateChoice choice =
                UpdateChooser.findUpdate(GraphPolicy.apply(graph, hidden), request.booted(), request.denylist(), false);
        UpdateExplanation.Builder explanation = UpdateExplanation.builder()
                .scope(request.scope())
                .bootedPayload(request.booted().payload())
                .newest(newest(nodes))
                .wariness(request.wariness())
                .nowEpochSeconds(request.nowEpochSeconds())
                .choice(choice)
                .deadEndReason(choice.deadEndReason());
        int position = UpdateChooser.bootedPosition(nodes, request.booted());
        if (position < 0) {
            return explanation.nearMatches(nearMatches(nodes, request)).build();
        }
        GraphNode bootedNode = nodes.get(position);
        NodeRelease booted = NodeRelease.fromNode(position, bootedNode);
        return explanation
                .bootedNode(booted)
                .aliasOf(NodeMetadata.aliasOf(bootedNode))
                .barrierAhead(barrierAhead(nodes, booted))
                .candidates(candidates(graph, position, booted, hidden, request))
                .build();
    }

    private static List<ExplainedCandidate> candidates(
            CincinnatiGraph graph, int source, NodeRelease booted, HiddenRollouts hidden, ExplainRequest request) {
        BitSet hiddenTargets = new BitSet();
        hidden.positions().forEach(hiddenTargets::set);
        BitSet seen = new BitSet();
        List<ExplainedCandidate> candidates = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            int target = edge.target();
            if (edge.source() != source || seen.get(target)) {
                continue;
            }
            seen.set(target);
            GraphNode node = graph.nodes().get(target);
            NodeRelease release = NodeRelease.fromNode(target, node);
            ExplainedCandidate.Builder candidate = ExplainedCandidate.builder().release(release);
            if (request.denylist().contains(release.payload())) {
                candidate.state(CandidateState.DENIED);
            } else if (hiddenTargets.get(target)) {
                candidate.state(CandidateState.THROTTLED).offeredAt(offeredAt(node, request));
            } else if (release.compareTo(booted) <= 0) {
                candidate.state(CandidateState.DOWNGRADE);
            } else {
                candidate.state(CandidateState.OFFERED);
            }
            candidates.add(candidate.build());
        }
        candidates.sort((a, b) -> a.release().compareTo(b.release()));
        return candidates;
    }

    private static OptionalLong offeredAt(GraphNode rollout, ExplainRequest request) {
        return RolloutSchedules.fromNode(rollout)
                .map(schedule -> Throttling.offeredFrom(request.wariness(), request.nowEpochSeconds(), schedule))
                .orElse(OptionalLong.empty());
    }

    private static Optional<String> newest(List<GraphNode> nodes) {
        for (int position = nodes.size() - 1; position >= 0; position--) {
            if (!NodeMetadata.isAlias(nodes.get(position))) {
                return Optional.of(nodes.get(position).version());
            }
        }
        return Optional.empty();
    }

    /** The first barrier release node older than the newest and newer than the booted release. */
    private static Optional<BarrierAhead> barrierAhead(List<GraphNode> nodes, NodeRelease booted) {
        GraphNode first = null;
        long firstAge = Long.MAX_VALUE;
        long newestAge = -1;
        for (GraphNode node : nodes) {
            OptionalLong age = NodeMetadata.ageIndex(node);
            if (NodeMetadata.isAlias(node) || age.isEmpty()) {
                continue;
            }
            newestAge = Math.max(newestAge, age.getAsLong());
            if (NodeMetadata.isBarrier(node) && age.getAsLong() > booted.ageIndex() && age.getAsLong() < firstAge) {
                first = node;
                firstAge = age.getAsLong();
            }
        }
        if (first == null || firstAge >= newestAge) {
            return Optional.empty();
        }
        return Optional.of(BarrierAhead.builder()
                .version(first.version())
                .reason(NodeMetadata.barrierReason(first)
                        .filter(reason -> !reason.isEmpty())
                        .orElse(NodeMetadata.GENERIC_REASON))
                .build());
    }

    private static List<NearMatch> nearMatches(List<GraphNode> nodes, ExplainRequest request) {
        Optional<Digest> bootedDigest = digest(request.booted().payload());
        List<NearMatch> matches = new ArrayList<>();
        for (GraphNode node : nodes) {
            String resemblance = null;
            if (request.bootedVersion().filter(node.version()::equals).isPresent()) {
                resemblance =
                        NodeMetadata.isAlias(node) ? "same version, an alias payload" : "same version, another payload";
            } else if (bootedDigest.isPresent() && digest(node.payload()).equals(bootedDigest)) {
                resemblance = "same digest, another repository";
            }
            if (resemblance != null) {
                matches.add(NearMatch.builder()
                        .version(node.version())
                        .payload(node.payload())
                        .resemblance(resemblance)
                        .build());
            }
        }
        return matches;
    }

    private static Optional<Digest> digest(String payload) {
        try {
            return ImageReference.parse(payload).digest();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
