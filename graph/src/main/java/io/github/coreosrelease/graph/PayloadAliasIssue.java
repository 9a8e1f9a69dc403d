/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph;

import io.github.coreosrelease.core.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Why an entry of a payload aliases document gave no alias node, or gave one that deserves a look
 * (SPEC §2.5). Reported by {@link PayloadAliasNodes#check}; lint turns each into a warning.
 */
@Value.Immutable
@ModelStyle
public interface PayloadAliasIssue {
    /** What is wrong with the entry. */
    enum Kind {
        /** The OCI graph of the architecture has no node of the version: no alias node. */
        NO_NODE,
        /** The version is the newest release of the graph: it keeps its only node, no alias node. */
        NEWEST_RELEASE,
        /** The release's payload is not a digest pullspec, so no repository to pin the bad digest to. */
        PAYLOAD_NOT_DIGEST_REF,
        /** The bad payload is already a node of the graph: clients find that node, no alias node. */
        BAD_PAYLOAD_IN_GRAPH,
        /** The release's payload has another digest than {@code good}; the alias node is still added. */
        GOOD_DIGEST_MISMATCH
    }

    /**
     * The version named by the entry.
     *
     * @return the version
     */
    String version();

    /**
     * The architecture named by the entry.
     *
     * @return the architecture
     */
    String architecture();

    /**
     * What is wrong.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * A sentence for people.
     *
     * @return the message
     */
    String message();

    /**
     * The JSON pointer of the entry in the aliases document.
     *
     * @return e.g. {@code /43.20251024.3.0/x86_64}
     */
    default String pointer() {
        return "/" + escape(version()) + "/" + escape(architecture());
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PayloadAliasIssue} values. */
    final class Builder extends ImmutablePayloadAliasIssue.Builder {
        /** Creates an empty builder, as {@link PayloadAliasIssue#builder()} does. */
        public Builder() {}
    }
}
