/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.graph.internal.MetadataNumbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An {@link UpdateExplanation} as one compact JSON object, for tools: the {@code explain --format
 * json} output and the {@code /v1/explain} answer are this text, so the two never differ.
 *
 * <pre>{@code
 * {"update": VERSION|null, "reason", "candidates": [{"version", "payload", "state", "offered_at"}],
 *  "stream", "basearch", "oci", "now", "wariness",
 *  "booted": {"payload", "in_graph", "version", "alias_of"}, "near_matches": [{"version", "payload", "resemblance"}],
 *  "deadend": {"reason"}|null, "barrier": {"version", "reason"}|null, "newest": VERSION|null}
 * }</pre>
 */
public final class ExplanationJson {
    private ExplanationJson() {}

    /**
     * The explanation as one compact JSON object.
     *
     * @param why the explanation
     * @return the JSON text, without a newline
     */
    public static String write(UpdateExplanation why) {
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
}
