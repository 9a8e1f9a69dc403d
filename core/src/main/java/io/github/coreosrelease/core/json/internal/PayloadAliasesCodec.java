/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import io.github.coreosrelease.core.model.PayloadAlias;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.VersionAliases;
import io.github.coreosrelease.core.ref.Digest;
import java.util.Map;
import java.util.Set;

/** Reads and writes the payload aliases document of the graph builder (SPEC §2.5). */
public final class PayloadAliasesCodec implements Codec<PayloadAliases> {
    private static final Set<String> ALIAS_KNOWN = Set.of("good", "bad");

    @Override
    public PayloadAliases decode(JsonCursor at) {
        PayloadAliases.Builder aliases = PayloadAliases.builder();
        for (Map.Entry<String, Map<String, PayloadAlias>> version :
                at.map(versionAt -> versionAt.map(PayloadAliasesCodec::alias)).entrySet()) {
            aliases.addVersions(VersionAliases.builder()
                    .version(version.getKey())
                    .architectures(version.getValue())
                    .build());
        }
        return aliases.build();
    }

    private static PayloadAlias alias(JsonCursor at) {
        return PayloadAlias.builder()
                .good(at.required("good").parse(Digest::parse))
                .bad(at.required("bad").parse(Digest::parse))
                .extraFields(at.extraFields(ALIAS_KNOWN))
                .build();
    }

    @Override
    public void encode(JsonOut out, PayloadAliases aliases) {
        out.startObject();
        for (VersionAliases version : aliases.versions()) {
            out.name(version.version());
            out.object(version.architectures(), PayloadAliasesCodec::encodeAlias);
        }
        out.endObject();
    }

    private static void encodeAlias(JsonOut out, PayloadAlias alias) {
        out.startObject(alias.extraFields());
        out.field("good", alias.good().toString());
        out.field("bad", alias.bad().toString());
        out.endObject();
    }
}
