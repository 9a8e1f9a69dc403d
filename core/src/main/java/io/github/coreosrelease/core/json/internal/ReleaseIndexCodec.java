/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import java.io.IOException;
import java.util.Set;

/** Reads and writes the release index {@code releases.json} (SPEC §1.5). */
public final class ReleaseIndexCodec implements StreamingCodec<ReleaseIndex> {
    private static final Set<String> KNOWN = Set.of("note", "stream", "metadata", "releases");
    private static final Set<String> RELEASE_KNOWN = Set.of("version", "metadata", "commits", "oci-images");
    private static final Set<String> COMMIT_KNOWN = Set.of("architecture", "checksum");
    private static final Set<String> OCI_KNOWN = Set.of("architecture", "image", "digest-ref");

    @Override
    public ReleaseIndex decode(JsonCursor at) {
        return ReleaseIndex.builder().note(at.optionalString("note")).stream(at.optionalString("stream"))
                .metadata(at.field("metadata").map(DocumentMetadataCodec::decodeMetadata))
                .releases(at.required("releases").list(ReleaseIndexCodec::release))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    @Override
    public ReleaseIndex decode(TokenReader in) throws IOException {
        ReleaseListTop<IndexRelease> top = ReleaseListTop.read(in, KNOWN, element -> release(in, element));
        return ReleaseIndex.builder().note(top.string("note")).stream(top.string("stream"))
                .metadata(top.metadata())
                .releases(top.releases())
                .extraFields(top.extraFields())
                .build();
    }

    private static IndexRelease release(TokenReader in, JsonToken start) throws IOException {
        IndexRelease.Builder release = IndexRelease.builder();
        TokenReader.Extras extras = in.extras();
        in.object(start, (name, token) -> {
            if (token == JsonToken.VALUE_NULL || !RELEASE_KNOWN.contains(name)) {
                extras.keep(name, token);
            } else if (name.equals("version")) {
                release.version(in.string(token));
            } else if (name.equals("metadata")) {
                release.metadata(in.string(token));
            } else if (name.equals("commits")) {
                release.commits(in.array(token, element -> commit(in, element)));
            } else {
                release.ociImages(in.array(token, element -> ociImage(in, element)));
            }
        });
        return release.extraFields(extras.members()).build();
    }

    private static IndexCommit commit(TokenReader in, JsonToken start) throws IOException {
        IndexCommit.Builder commit = IndexCommit.builder();
        TokenReader.Extras extras = in.extras();
        in.object(start, (name, token) -> {
            if (token == JsonToken.VALUE_NULL || !COMMIT_KNOWN.contains(name)) {
                extras.keep(name, token);
            } else if (name.equals("architecture")) {
                commit.architecture(in.string(token));
            } else {
                commit.checksum(in.string(token));
            }
        });
        return commit.extraFields(extras.members()).build();
    }

    private static IndexOciImage ociImage(TokenReader in, JsonToken start) throws IOException {
        IndexOciImage.Builder image = IndexOciImage.builder();
        TokenReader.Extras extras = in.extras();
        in.object(start, (name, token) -> {
            if (token == JsonToken.VALUE_NULL || !OCI_KNOWN.contains(name)) {
                extras.keep(name, token);
            } else if (name.equals("architecture")) {
                image.architecture(in.string(token));
            } else if (name.equals("image")) {
                image.image(in.string(token));
            } else {
                image.digestRef(in.string(token));
            }
        });
        return image.extraFields(extras.members()).build();
    }

    private static IndexRelease release(JsonCursor at) {
        return IndexRelease.builder()
                .version(at.requiredString("version"))
                .metadata(at.requiredString("metadata"))
                .commits(at.field("commits").map(c -> c.list(ReleaseIndexCodec::commit)))
                .ociImages(at.field("oci-images").map(c -> c.list(ReleaseIndexCodec::ociImage)))
                .extraFields(at.extraFields(RELEASE_KNOWN))
                .build();
    }

    private static IndexCommit commit(JsonCursor at) {
        return IndexCommit.builder()
                .architecture(at.requiredString("architecture"))
                .checksum(at.requiredString("checksum"))
                .extraFields(at.extraFields(COMMIT_KNOWN))
                .build();
    }

    private static IndexOciImage ociImage(JsonCursor at) {
        return IndexOciImage.builder()
                .architecture(at.requiredString("architecture"))
                .image(at.requiredString("image"))
                .digestRef(at.requiredString("digest-ref"))
                .extraFields(at.extraFields(OCI_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, ReleaseIndex index) {
        out.startObject(index.extraFields());
        out.field("note", index.note());
        out.field("stream", index.stream());
        out.field("metadata", index.metadata(), DocumentMetadataCodec::encodeMetadata);
        out.name("releases");
        out.array(index.releases(), ReleaseIndexCodec::encodeRelease);
        out.endObject();
    }

    private static void encodeRelease(JsonOut out, IndexRelease release) {
        out.startObject(release.extraFields());
        out.field("version", release.version());
        out.field("metadata", release.metadata());
        out.field("commits", release.commits(), (o, list) -> o.array(list, ReleaseIndexCodec::encodeCommit));
        out.field("oci-images", release.ociImages(), (o, list) -> o.array(list, ReleaseIndexCodec::encodeOci));
        out.endObject();
    }

    private static void encodeCommit(JsonOut out, IndexCommit commit) {
        out.startObject(commit.extraFields());
        out.field("architecture", commit.architecture());
        out.field("checksum", commit.checksum());
        out.endObject();
    }

    private static void encodeOci(JsonOut out, IndexOciImage image) {
        out.startObject(image.extraFields());
        out.field("architecture", image.architecture());
        out.field("image", image.image());
        out.field("digest-ref", image.digestRef());
        out.endObject();
    }
}
