/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.RawJson;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top level of the two per-stream documents read token by token, the release index and the
 * updates metadata: a required {@code releases} list, an optional {@code metadata} object, a few
 * string fields, and everything else (unknown members, explicit nulls) kept as raw JSON. The two
 * documents differ only in their string fields and in how one release is read.
 *
 * @param <R> the model of one release
 */
final class ReleaseListTop<R> {
    private final Map<String, String> strings = new HashMap<>(4);
    private Optional<DocumentMetadata> metadata = Optional.empty();
    private List<R> releases;
    private Map<String, RawJson> extraFields;

    private ReleaseListTop() {}

    /**
     * Reads the document's top-level object, failing at the first member of the wrong type (as the
     * members are met) and, after it, when {@code releases} is missing.
     *
     * @param in the document's tokens, before the first one
     * @param known the top-level members the model knows: {@code releases}, {@code metadata} and
     *     string members
     * @param oneRelease reads one release from its first token
     * @param <R> the model of one release
     * @return the members read
     * @throws IOException if the JSON is malformed
     */
    static <R> ReleaseListTop<R> read(TokenReader in, Set<String> known, TokenReader.ElementReader<R> oneRelease)
            throws IOException {
        ReleaseListTop<R> top = new ReleaseListTop<>();
        TokenReader.Extras extras = in.extras();
        in.object(in.first(), (name, token) -> {
            if (token == JsonToken.VALUE_NULL || !known.contains(name)) {
                extras.keep(name, token);
            } else if (name.equals("releases")) {
                top.releases = in.array(token, oneRelease);
            } else if (name.equals("metadata")) {
                top.metadata = Optional.of(DocumentMetadataCodec.decodeMetadata(in.cursor(token)));
            } else {
                top.strings.put(name, in.string(token));
            }
        });
        // Every other required member is required by the model's builder too; a list is not.
        in.require(top.releases != null, "releases");
        top.extraFields = extras.members();
        return top;
    }

    /**
     * A string member.
     *
     * @param name its name, one of the known members
     * @return its value, or empty when absent or null (then it is in {@link #extraFields()})
     */
    Optional<String> string(String name) {
        return Optional.ofNullable(strings.get(name));
    }

    /** The {@code metadata} object, when present and not null. */
    Optional<DocumentMetadata> metadata() {
        return metadata;
    }

    /** The releases, in document order. */
    List<R> releases() {
        return releases;
    }

    /** Unknown members and known ones holding {@code null}, in document order. */
    Map<String, RawJson> extraFields() {
        return extraFields;
    }
}
