/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.io.IOException;
import java.util.Set;

/** Reads and writes the updates metadata {@code updates/<stream>.json} (SPEC §1.6). */
public final class UpdatesCodec implements StreamingCodec<Updates> {
    private static final Set<String> KNOWN = Set.of("stream", "metadata", "releases");
    private static final Set<String> RELEASE_KNOWN = Set.of("version", "metadata");
    private static final Set<String> METADATA_KNOWN = Set.of("barrier", "deadend", "rollout");
    private static final Set<String> REASON_KNOWN = Set.of("reason");
    private static final Set<String> ROLLOUT_KNOWN = Set.of("start_epoch", "start_percentage", "duration_minutes");

    @Override
    public Updates decode(JsonCursor at) {
        return Updates.builder().stream(at.requiredString("stream"))
                .metadata(at.field("metadata").map(DocumentMetadataCodec::decodeMetadata))
                .releases(at.required("releases").list(UpdatesCodec::release))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    @Override
    public Updates decode(TokenReader in) throws IOException {
        ReleaseListTop<UpdateRelease> top = ReleaseListTop.read(in, KNOWN, element -> release(in, element));
        Updates.Builder updates = Updates.builder();
        // Required: when absent the builder names it, as the tree reader's builder does.
        top.string("stream").ifPresent(updates::stream);
        return updates.metadata(top.metadata())
                .releases(top.releases())
                .extraFields(top.extraFields())
                .build();
    }

    private static UpdateRelease release(TokenReader in, JsonToken start) throws IOException {
        UpdateRelease.Builder release = UpdateRelease.builder();
        TokenReader.Extras extras = in.extras();
        in.object(start, (name, token) -> {
            if (token == JsonToken.VALUE_NULL || !RELEASE_KNOWN.contains(name)) {
                extras.keep(name, token);
            } else if (name.equals("version")) {
                release.version(in.string(token));
            } else {
                // A few fields (barrier, dead-end, rollout numbers): the tree functions decode them.
                release.metadata(metadata(in.cursor(token)));
            }
        });
        return release.extraFields(extras.members()).build();
    }

    private static UpdateRelease release(JsonCursor at) {
        return UpdateRelease.builder()
                .version(at.requiredString("version"))
                .metadata(metadata(at.required("metadata")))
                .extraFields(at.extraFields(RELEASE_KNOWN))
                .build();
    }

    private static UpdateMetadata metadata(JsonCursor at) {
        return UpdateMetadata.builder()
                .barrier(at.field("barrier").map(UpdatesCodec::reason))
                .deadend(at.field("deadend").map(UpdatesCodec::reason))
                .rollout(at.field("rollout").map(UpdatesCodec::rollout))
                .extraFields(at.extraFields(METADATA_KNOWN))
                .build();
    }

    private static Reason reason(JsonCursor at) {
        return Reason.builder()
                .reason(at.requiredString("reason"))
                .extraFields(at.extraFields(REASON_KNOWN))
                .build();
    }

    private static Rollout rollout(JsonCursor at) {
        return Rollout.builder()
                .startEpoch(at.field("start_epoch").map(JsonCursor::int64))
                .startPercentage(at.field("start_percentage").map(JsonCursor::decimal))
                .durationMinutes(at.field("duration_minutes").map(JsonCursor::uint64))
                .extraFields(at.extraFields(ROLLOUT_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, Updates updates) {
        out.startObject(updates.extraFields());
        out.field("stream", updates.stream());
        out.field("metadata", updates.metadata(), DocumentMetadataCodec::encodeMetadata);
        out.name("releases");
        out.array(updates.releases(), UpdatesCodec::encodeRelease);
        out.endObject();
    }

    private static void encodeRelease(JsonOut out, UpdateRelease release) {
        out.startObject(release.extraFields());
        out.field("version", release.version());
        out.name("metadata");
        UpdateMetadata metadata = release.metadata();
        out.startObject(metadata.extraFields());
        out.field("barrier", metadata.barrier(), UpdatesCodec::encodeReason);
        out.field("deadend", metadata.deadend(), UpdatesCodec::encodeReason);
        out.field("rollout", metadata.rollout(), UpdatesCodec::encodeRollout);
        out.endObject();
        out.endObject();
    }

    private static void encodeReason(JsonOut out, Reason reason) {
        out.startObject(reason.extraFields());
        out.field("reason", reason.reason());
        out.endObject();
    }

    private static void encodeRollout(JsonOut out, Rollout rollout) {
        out.startObject(rollout.extraFields());
        out.field("start_epoch", rollout.startEpoch(), JsonOut::number);
        out.field("start_percentage", rollout.startPercentage(), JsonOut::number);
        out.field("duration_minutes", rollout.durationMinutes(), JsonOut::number);
        out.endObject();
    }
}
