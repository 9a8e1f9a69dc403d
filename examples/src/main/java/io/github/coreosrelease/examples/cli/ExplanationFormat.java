/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.graph.client.CandidateState;
import io.github.coreosrelease.graph.client.ExplainedCandidate;
import io.github.coreosrelease.graph.client.ExplanationJson;
import io.github.coreosrelease.graph.client.NearMatch;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.UpdateExplanation;
import io.github.coreosrelease.graph.internal.MetadataNumbers;
import java.time.Instant;

/** The two renderings of an {@link UpdateExplanation}: lines for people, one JSON object for tools. */
final class ExplanationFormat {
    private ExplanationFormat() {}

    /**
     * The explanation as lines for people.
     *
     * @param why the explanation
     * @return the lines, each ending with a newline
     */
    static String text(UpdateExplanation why) {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "graph: stream " + why.scope().stream() + ", " + why.scope().basearch() + ", "
                        + (why.scope().oci() ? "OCI" : "checksum"));
        line(
                out,
                "at: " + why.nowEpochSeconds() + " (" + instant(why.nowEpochSeconds()) + "), wariness "
                        + MetadataNumbers.format(why.wariness()));
        if (why.bootedNode().isEmpty()) {
            line(out, "booted: " + why.bootedPayload() + " is not in the graph");
            if (why.nearMatches().isEmpty()) {
                line(out, "near matches: none");
            } else {
                line(out, "near matches:");
                for (NearMatch match : why.nearMatches()) {
                    line(out, "  " + match.version() + " " + match.payload() + " (" + match.resemblance() + ")");
                }
            }
        } else {
            NodeRelease booted = why.bootedNode().get();
            line(
                    out,
                    "booted: " + booted.version() + " " + booted.payload()
                            + why.aliasOf()
                                    .map(good -> " (payload alias of " + good + ")")
                                    .orElse(""));
        }
        why.deadEndReason().ifPresent(reason -> line(out, "dead-end: " + reason));
        why.barrierAhead()
                .ifPresent(barrier -> line(out, "barrier ahead: " + barrier.version() + " (" + barrier.reason() + ")"));
        line(out, "newest: " + why.newest().orElse("none"));
        if (why.bootedNode().isPresent()) {
            if (why.candidates().isEmpty()) {
                line(out, "candidates: none");
            } else {
                line(out, "candidates:");
                for (ExplainedCandidate candidate : why.candidates()) {
                    line(out, "  " + candidate.release().version() + " " + state(candidate));
                }
            }
        }
        line(
                out,
                "update: " + why.choice().update().map(NodeRelease::version).orElse("none") + " ("
                        + why.choice().reason() + ")");
        return out.toString();
    }

    private static String state(ExplainedCandidate candidate) {
        if (candidate.state() != CandidateState.THROTTLED) {
            return candidate.state().id();
        }
        return candidate.offeredAt().isPresent()
                ? "throttled, offered from " + candidate.offeredAt().getAsLong() + " ("
                        + instant(candidate.offeredAt().getAsLong()) + ")"
                : "throttled, never offered to this wariness";
    }

    /**
     * The explanation as one compact JSON object (see {@link ExplanationJson}).
     *
     * @param why the explanation
     * @return the JSON text, without a newline
     */
    static String json(UpdateExplanation why) {
        return ExplanationJson.write(why);
    }

    private static void line(StringBuilder out, String line) {
        // A value read from the documents (a dead-end reason, a version) cannot break the line.
        out.append(Shortened.printable(line)).append('\n');
    }

    private static String instant(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }
}
