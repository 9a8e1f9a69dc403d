/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.internal.IoFailures;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.graph.client.internal.RpmOstreeStatusCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The output of {@code rpm-ostree status --json} ({@link
 * io.github.coreosrelease.core.DocumentKind#RPM_OSTREE_STATUS}, SPEC §3.1): the deployments of a
 * node. Read it, then take {@link BootedDeployment#from(RpmOstreeStatus)}.
 *
 * <pre>{@code
 * RpmOstreeStatus status = RpmOstreeStatus.read(Path.of("status.json"));
 * BootedDeployment booted = BootedDeployment.from(status);
 * }</pre>
 *
 * <p>Reading is liberal like Zincati's: only {@code deployments}, and in each deployment {@code
 * booted} and {@code checksum}, are required; every other field is optional and kept as raw JSON
 * when the model does not name it. Wrong JSON types, malformed JSON and documents over the default
 * size or depth limits are {@link DocumentException}s with pointer, line and column.
 */
@Value.Immutable
@ModelStyle
public interface RpmOstreeStatus {
    /**
     * {@code deployments}, in the order rpm-ostree lists them (the staged one first, if any).
     *
     * @return the deployments
     */
    List<RpmOstreeDeployment> deployments();

    /**
     * The other top-level fields, e.g. {@code transaction}, {@code cached-update}.
     *
     * @return unknown fields in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * Reads a status document.
     *
     * @param json the bytes printed by {@code rpm-ostree status --json}
     * @return the status
     * @throws DocumentException on bad input, with pointer, line and column
     */
    static RpmOstreeStatus read(byte[] json) {
        Objects.requireNonNull(json, "json");
        return RpmOstreeStatusCodec.read(json);
    }

    /**
     * Reads a status document from a file.
     *
     * @param path the file
     * @return the status
     * @throws DocumentException on bad input, with pointer, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    static RpmOstreeStatus read(Path path) {
        Objects.requireNonNull(path, "path");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + IoFailures.fileProblem(path, e), e);
        }
        return read(bytes);
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RpmOstreeStatus} values. */
    final class Builder extends ImmutableRpmOstreeStatus.Builder {
        /** Creates an empty builder, as {@link RpmOstreeStatus#builder()} does. */
        public Builder() {}
    }
}
