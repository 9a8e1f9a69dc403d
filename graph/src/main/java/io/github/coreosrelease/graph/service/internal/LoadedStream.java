/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything served for one stream after one successful load: the graph set and its served
 * scopes, and the versions of the documents it came from. Built completely, then published with
 * one volatile write, so that requests see either the previous load or this one, never a mix.
 */
public final class LoadedStream {
    private final GraphSet graphs;
    private final Map<String, ServedScope> checksumScopes;
    private final Map<String, ServedScope> ociScopes;
    private final SourceVersions versions;
    private final Instant loadedAt;

    /**
     * Creates the load.
     *
     * @param graphs the stream's graphs
     * @param scopes a served scope for every graph of the set
     * @param versions the documents the graphs were built from
     * @param loadedAt when the documents were fetched
     */
    public LoadedStream(GraphSet graphs, Map<Scope, ServedScope> scopes, SourceVersions versions, Instant loadedAt) {
        this.graphs = graphs;
        Map<String, ServedScope> checksum = new HashMap<>();
        Map<String, ServedScope> oci = new HashMap<>();
        scopes.forEach((scope, served) -> (scope.oci() ? oci : checksum).put(scope.basearch(), served));
        this.checksumScopes = Map.copyOf(checksum);
        this.ociScopes = Map.copyOf(oci);
        this.versions = versions;
        this.loadedAt = loadedAt;
    }

    private LoadedStream(LoadedStream served, SourceVersions versions) {
        this.graphs = served.graphs;
        this.checksumScopes = served.checksumScopes;
        this.ociScopes = served.ociScopes;
        this.versions = versions;
        this.loadedAt = served.loadedAt;
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
     * The versions of the documents this load came from.
     *
     * @return the versions
     */
    public SourceVersions versions() {
        return versions;
    }

    /**
     * This load, revalidated: the same graphs and served scopes (so the same cached bodies), with
     * the validators of newer answers about the same documents.
     *
     * @param revalidated versions of the same documents
     * @return the load
     */
    public LoadedStream withVersions(SourceVersions revalidated) {
        return new LoadedStream(this, revalidated);
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
