/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything served for one stream after one successful load: the graph set and its served
 * scopes, and fingerprints of the documents it came from. Built completely, then published with
 * one volatile write, so that requests see either the previous load or this one, never a mix.
 */
public final class LoadedStream {
    private final GraphSet graphs;
    private final Map<String, ServedScope> checksumScopes;
    private final Map<String, ServedScope> ociScopes;
    private final byte[] indexDigest;
    private final byte[] updatesDigest;
    private final Instant loadedAt;

    /**
     * Creates the load.
     *
     * @param graphs the stream's graphs
     * @param scopes a served scope for every graph of the set
     * @param indexDigest SHA-256 of the release index bytes
     * @param updatesDigest SHA-256 of the updates bytes
     * @param loadedAt when the documents were fetched
     */
    public LoadedStream(
            GraphSet graphs,
            Map<Scope, ServedScope> scopes,
            byte[] indexDigest,
            byte[] updatesDigest,
            Instant loadedAt) {
        this.graphs = graphs;
        Map<String, ServedScope> checksum = new HashMap<>();
        Map<String, ServedScope> oci = new HashMap<>();
        scopes.forEach((scope, served) -> (scope.oci() ? oci : checksum).put(scope.basearch(), served));
        this.checksumScopes = Map.copyOf(checksum);
        this.ociScopes = Map.copyOf(oci);
        this.indexDigest = indexDigest.clone();
        this.updatesDigest = updatesDigest.clone();
        this.loadedAt = loadedAt;
    }

    /**
     * The graphs.
     *
     * @return the graph set
     */
    public GraphSet graphs() {
        return graphs;
    }

    /**
     * The served scope of one architecture and scheme.
     *
     * @param basearch the architecture
     * @param oci the scheme
     * @return the scope, empty for an unknown architecture
     */
    public Optional<ServedScope> scope(String basearch, boolean oci) {
        return Optional.ofNullable((oci ? ociScopes : checksumScopes).get(basearch));
    }

    /**
     * Whether these documents are exactly those this load came from.
     *
     * @param otherIndexDigest SHA-256 of a release index
     * @param otherUpdatesDigest SHA-256 of an updates document
     * @return {@code true} if both match
     */
    public boolean sameDocuments(byte[] otherIndexDigest, byte[] otherUpdatesDigest) {
        return Arrays.equals(indexDigest, otherIndexDigest) && Arrays.equals(updatesDigest, otherUpdatesDigest);
    }

    /**
     * When the documents of this load were fetched.
     *
     * @return the instant, by the service clock
     */
    public Instant loadedAt() {
        return loadedAt;
    }
}
