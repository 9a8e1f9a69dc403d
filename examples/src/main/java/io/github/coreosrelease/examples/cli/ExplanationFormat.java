/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.graph.client.BarrierAhead;
import io.github.coreosrelease.graph.client.CandidateState;
import io.github.coreosrelease.graph.client.ExplainedCandidate;
import io.github.coreosrelease.graph.client.NearMatch;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.UpdateExplanation;
import io.github.coreosrelease.graph.internal.MetadataNumbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

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
     * The explanation as one compact JSON object.
     *
     * @param why the explanation
     * @return the JSON text, without a newline
     */
    static String json(UpdateExplanation why) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonSupport.defaults().mapper().getFactory().createGenerator(text)) {
            out.writeStartObject();
            nullable(out, "update", why.choice().update().map(NodeRelease::version));
            out.writeStringField("reason", why.choice().reason());
            out.writeArrayFieldStart("candidates");
            for (ExplainedCandidate candidate : why.candidates()) {
                out.writeStartObject();
                out.writeStringField("version", candidate.release().version());
                out.writeStringField("payload", candidate.release().payload());
                out.writeStringField("state", candidate.state().id());
                out.writeFieldName("offered_at");
                if (candidate.offeredAt().isPresent()) {
                    out.writeNumber(candidate.offeredAt().getAsLong());
                } else {
                    out.writeNull();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeStringField("stream", why.scope().stream());
            out.writeStringField("basearch", why.scope().basearch());
            out.writeBooleanField("oci", why.scope().oci());
            out.writeNumberField("now", why.nowEpochSeconds());
            out.writeFieldName("wariness");
            out.writeNumber(MetadataNumbers.format(why.wariness()));
            out.writeObjectFieldStart("booted");
            out.writeStringField("payload", why.bootedPayload());
            out.writeBooleanField("in_graph", why.bootedNode().isPresent());
            nullable(out, "version", why.bootedNode().map(NodeRelease::version));
            nullable(out, "alias_of", why.aliasOf());
            out.writeEndObject();
            out.writeArrayFieldStart("near_matches");
            for (NearMatch match : why.nearMatches()) {
                out.writeStartObject();
                out.writeStringField("version", match.version());
                out.writeStringField("payload", match.payload());
                out.writeStringField("resemblance", match.resemblance());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeFieldName("deadend");
            if (why.deadEndReason().isPresent()) {
                out.writeStartObject();
                out.writeStringField("reason", why.deadEndReason().get());
                out.writeEndObject();
            } else {
                out.writeNull();
            }
            out.writeFieldName("barrier");
            if (why.barrierAhead().isPresent()) {
                BarrierAhead barrier = why.barrierAhead().get();
                out.writeStartObject();
                out.writeStringField("version", barrier.version());
                out.writeStringField("reason", barrier.reason());
                out.writeEndObject();
            } else {
                out.writeNull();
            }
            nullable(out, "newest", why.newest());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void nullable(JsonGenerator out, String name, Optional<String> value) throws IOException {
        out.writeFieldName(name);
        if (value.isPresent()) {
            out.writeString(value.get());
        } else {
            out.writeNull();
        }
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }

    private static String instant(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }
}
