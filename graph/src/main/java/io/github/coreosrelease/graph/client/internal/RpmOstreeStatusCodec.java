/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.internal.JsonCursor;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.graph.client.RpmOstreeDeployment;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import java.util.Map;
import java.util.Set;

/** Reads {@code rpm-ostree status --json} (SPEC §3.1) through core's cursor. */
public final class RpmOstreeStatusCodec {
    private static final DocumentKind KIND = DocumentKind.RPM_OSTREE_STATUS;
    private static final Set<String> KNOWN = Set.of("deployments");
    private static final Set<String> DEPLOYMENT_KNOWN = Set.of(
            "booted",
            "staged",
            "version",
            "checksum",
            "base-checksum",
            "container-image-reference",
            "container-image-reference-digest",
            "base-commit-meta");

    private RpmOstreeStatusCodec() {}

    /**
     * Parses and decodes a status document, adding line and column to errors.
     *
     * @param json the document
     * @return the status
     * @throws DocumentException on bad input
     */
    public static RpmOstreeStatus read(byte[] json) {
        JsonSupport support = JsonSupport.defaults();
        JsonNode root = support.parse(KIND, json);
        try {
            return decode(JsonCursor.root(KIND, root));
        } catch (DocumentException e) {
            throw support.locate(e, json);
        }
    }

    private static RpmOstreeStatus decode(JsonCursor at) {
        return RpmOstreeStatus.builder()
                .deployments(at.required("deployments").list(RpmOstreeStatusCodec::deployment))
                .extraFields(at.extraFields(KNOWN))
                .build();
    }

    private static RpmOstreeDeployment deployment(JsonCursor at) {
        RpmOstreeDeployment.Builder builder = RpmOstreeDeployment.builder()
                .booted(at.required("booted").bool())
                .version(at.optionalString("version"))
                .checksum(at.requiredString("checksum"))
                .baseChecksum(at.optionalString("base-checksum"))
                .containerImageReference(at.optionalString("container-image-reference"))
                .containerImageReferenceDigest(at.optionalString("container-image-reference-digest"))
                .baseCommitMeta(at.field("base-commit-meta")
                        .map(meta -> meta.map(RpmOstreeStatusCodec::raw))
                        .orElse(Map.of()))
                .extraFields(at.extraFields(DEPLOYMENT_KNOWN));
        at.field("staged").map(JsonCursor::bool).ifPresent(builder::staged);
        return builder.build();
    }

    private static RawJson raw(JsonCursor at) {
        return RawJson.of(JsonSupport.toText(at.node()));
    }
}
