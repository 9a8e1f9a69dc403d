/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model;

import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ModelStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The payload aliases document of the Fedora CoreOS graph builder (SPEC §2.5, fedora-coreos-tracker
 * issue 2066): {@code {"<version>": {"<arch>": {"good": "sha256:...", "bad": "sha256:..."}}}}. Some
 * boot images deployed an OCI digest ({@code bad}) other than the released one ({@code good}); the
 * graph builder adds alias nodes so that such nodes find themselves in the OCI graph.
 *
 * <p>Every member of the root object is a version, every member of a version an architecture, so
 * only the {@code {good, bad}} objects can carry unknown fields ({@link PayloadAlias#extraFields()}).
 *
 * <pre>{@code
 * PayloadAliases aliases = DocumentReader.standard().read(DocumentType.PAYLOAD_ALIASES, Path.of("data.json"));
 * Optional<PayloadAlias> alias = aliases.find("43.20251024.3.0", "x86_64");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface PayloadAliases {
    /**
     * The versions, in document order.
     *
     * @return each version once
     */
    List<VersionAliases> versions();

    /**
     * The alias of one release and architecture.
     *
     * @param version a release version
     * @param architecture an architecture name
     * @return the alias, or empty when the document has none for them
     */
    default Optional<PayloadAlias> find(String version, String architecture) {
        return versions().stream()
                .filter(entry -> entry.version().equals(version))
                .findFirst()
                .map(entry -> entry.architectures().get(architecture));
    }

    /**
     * Rejects a version listed twice: the document is a JSON object keyed by version.
     *
     * @throws InvalidValueException if two entries have the same version
     */
    @Value.Check
    default void check() {
        Set<String> seen = new HashSet<>();
        for (VersionAliases entry : versions()) {
            if (!seen.add(entry.version())) {
                throw new InvalidValueException("payload aliases version", entry.version(), "each version once");
            }
        }
    }

    /**
     * The document without aliases, {@code {}}.
     *
     * @return an empty document
     */
    static PayloadAliases empty() {
        return builder().build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PayloadAliases} values. */
    final class Builder extends ImmutablePayloadAliases.Builder {
        /** Creates an empty builder, as {@link PayloadAliases#builder()} does. */
        public Builder() {}
    }
}
