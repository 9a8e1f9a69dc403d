/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphException;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.schema.lint.internal.DocumentRules;
import io.github.coreosrelease.schema.lint.internal.GraphDocumentRules;
import io.github.coreosrelease.schema.lint.internal.GraphRules;
import io.github.coreosrelease.schema.lint.internal.MetaRules;
import io.github.coreosrelease.schema.lint.internal.SchemeRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Semantic lint of a release index and updates document pair and of the update graphs built from
 * them (SPEC §5): the {@link LintRule} catalogue, beyond what any JSON Schema can check. A graph
 * document as served on {@code /v1/graph}, or as written by {@code export}, is linted on its own
 * with {@link #lintGraphDocument(byte[], String)}.
 *
 * <p>Time-dependent rules ({@link LintRule#ROLLOUT_FAR_FUTURE}) read "now" from the clock given at
 * construction, never from the wall clock. An instance is immutable and thread-safe.
 *
 * <pre>{@code
 * Linter linter = Linter.at(1735689600L); // 2025-01-01T00:00:00Z
 * List<Finding> findings = linter.lint(index, updates);
 * boolean failed = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
 * }</pre>
 *
 * <p>Findings are ordered: the release index in document order, then the updates document, then
 * the graphs by architecture name, each architecture's checksum graph, its OCI graph, then the
 * comparison of the two.
 */
public final class Linter {
    /** How far in the future a rollout may start before {@link LintRule#ROLLOUT_FAR_FUTURE} reports it. */
    public static final Duration FAR_FUTURE = Duration.ofDays(365);

    /** The stream label of graph scopes when neither document names a stream. */
    public static final String UNNAMED_STREAM = "unnamed";

    /** The document name in the locations of {@link #lintGraphDocument(byte[])}. */
    public static final String GRAPH_DOCUMENT = "graph";

    private static final Logger LOG = LoggerFactory.getLogger(Linter.class);

    private final Clock clock;

    private Linter(Clock clock) {
        this.clock = clock;
    }

    /**
     * A linter that reads the current time from a clock.
     *
     * @param clock the clock, e.g. {@code Clock.systemUTC()}, or a fixed clock in tests
     * @return the linter
     */
    public static Linter withClock(Clock clock) {
        return new Linter(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A linter for which it is always the given time.
     *
     * @param nowEpochSeconds the current time in seconds since the epoch
     * @return the linter
     * @throws InvalidValueException if the time is outside the range of {@link Instant}
     */
    public static Linter at(long nowEpochSeconds) {
        if (nowEpochSeconds < Instant.MIN.getEpochSecond() || nowEpochSeconds > Instant.MAX.getEpochSecond()) {
            throw new InvalidValueException(
                    "current time",
                    Long.toString(nowEpochSeconds),
                    "seconds since the epoch from " + Instant.MIN.getEpochSecond() + " to "
                            + Instant.MAX.getEpochSecond());
        }
        return new Linter(Clock.fixed(Instant.ofEpochSecond(nowEpochSeconds), ZoneOffset.UTC));
    }

    /**
     * Lints the documents and the checksum and OCI graphs of every architecture the index names and
     * of {@link GraphBuilder#DEFAULT_ARCHITECTURES} (those without releases have empty graphs, hence
     * no graph findings).
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @return every finding, in the order described above; empty when all is well
     * @throws GraphException if the graphs cannot be built (see {@link GraphBuilder#buildAll})
     */
    public List<Finding> lint(ReleaseIndex index, Updates updates) {
        List<Finding> findings = new ArrayList<>(lintDocuments(index, updates));
        findings.addAll(lintGraphs(GraphBuilder.buildAll(index, updates, streamOf(index, updates))));
        return done(findings);
    }

    /**
     * Lints the documents and the checksum and OCI graphs of one architecture. An architecture that
     * the index does not name has graphs without nodes, hence no graph findings.
     *
     * @param index the stream's release index
     * @param updates the stream's updates document
     * @param basearch the architecture, e.g. {@code x86_64}
     * @return every finding, in the order described above; empty when all is well
     * @throws InvalidValueException if {@code basearch} is empty
     * @throws GraphException if the graphs cannot be built (see {@link GraphBuilder#build})
     */
    public List<Finding> lint(ReleaseIndex index, Updates updates, String basearch) {
        String stream = streamOf(index, updates);
        Scope checksumScope = Scope.of(stream, basearch, false);
        Scope ociScope = Scope.of(stream, basearch, true);
        List<Finding> findings = new ArrayList<>(lintDocuments(index, updates));
        findings.addAll(lintArchitecture(
                checksumScope,
                GraphBuilder.build(index, updates, checksumScope),
                ociScope,
                GraphBuilder.build(index, updates, ociScope)));
        return done(findings);
    }

    /**
     * Lints only the documents: index entries, updates entries and how they refer to each other.
     *
     * @param index the release index
     * @param updates the updates document
     * @return the findings, index first, in document order
     */
    public List<Finding> lintDocuments(ReleaseIndex index, Updates updates) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(updates, "updates");
        return DocumentRules.check(index, updates, clock.instant(), FAR_FUTURE);
    }

    /**
     * Lints one graph, built by {@link GraphBuilder} or received from a service: cycles,
     * downgrades, stranded releases, an unoffered newest release, dead-ends without a reason.
     *
     * @param scope the graph's scope, used in locations
     * @param graph the graph
     * @return the findings
     */
    public List<Finding> lintGraph(Scope scope, CincinnatiGraph graph) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(graph, "graph");
        return GraphRules.check(scope, graph);
    }

    /**
     * Lints a graph document, named {@value #GRAPH_DOCUMENT} in locations.
     *
     * @param json the document, UTF-8 JSON
     * @return the findings, as {@link #lintGraphDocument(byte[], String)} describes
     * @throws DocumentException if the document cannot be read as a graph
     */
    public List<Finding> lintGraphDocument(byte[] json) {
        return lintGraphDocument(json, GRAPH_DOCUMENT);
    }

    /**
     * Lints a graph document as served on {@code /v1/graph} or written by {@code export} (SPEC
     * §1.7): edges that name a node index the document does not have ({@link
     * LintRule#GRAPH_EDGE_OUT_OF_RANGE}), edges listed twice, versions listed twice, nodes that
     * update clients refuse; then, on the nodes and the edges in range, every rule of {@link
     * #lintGraph(Scope, CincinnatiGraph)}. Findings locate a node by the document name and its
     * version, an edge by the document name and its JSON pointer ({@link GraphDocumentLocation}),
     * and come in document order: nodes, then edges, then the graph rules.
     *
     * <pre>{@code
     * byte[] json = Files.readAllBytes(Path.of("x86_64/checksum.json"));
     * List<Finding> findings = Linter.withClock(Clock.systemUTC()).lintGraphDocument(json, "x86_64/checksum.json");
     * // error graph-edge-out-of-range x86_64/checksum.json#/edges/3: edge [0, 5] names node index 5, ...
     * }</pre>
     *
     * <p>Apart from edge indexes out of range, which are findings here, the document must be what
     * {@link io.github.coreosrelease.core.json.DocumentReader} accepts as a {@link
     * io.github.coreosrelease.core.json.DocumentType#GRAPH}, within the default {@link
     * io.github.coreosrelease.core.json.JsonLimits}.
     *
     * @param json the document, UTF-8 JSON
     * @param document the document's name in locations, e.g. the file it was read from
     * @return the findings; empty when all is well
     * @throws DocumentException if the document is not JSON, is too large or too deep, or is not
     *     shaped like a graph (e.g. a node without {@code payload}, an edge of three indexes)
     */
    public List<Finding> lintGraphDocument(byte[] json, String document) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(document, "document");
        return done(GraphDocumentRules.check(json, document));
    }

    /**
     * Lints a {@code meta.json} for what coreos-assembler's own schema accepts but the pipeline
     * does not expect ({@link LintRule#META_FORMAT} warnings): checksums that are not 64 lowercase
     * hex characters, an {@code ostree-timestamp} that is not RFC 3339 UTC, negative counts and
     * sizes, an empty artifact path, IBM Cloud or Power VS uploads without object, bucket or
     * region, and container entries outside their shape (SPEC §1.2: a tagged repository beside a
     * digest, no digest at all, tags or a digest beside an image pinned by digest, invalid tags).
     * The meta.json schema accepts all of them, as the upstream schema does.
     *
     * <pre>{@code
     * List<Finding> findings = Linter.withClock(Clock.systemUTC()).lintMeta(Files.readAllBytes(metaJson));
     * // warning meta-format meta#/fedora-coreos.parent-commit: "..." is not a SHA-256 checksum ...
     * }</pre>
     *
     * @param json the document, UTF-8 JSON
     * @return the findings, in the order of the properties checked; empty when all is well
     * @throws DocumentException if the document is not JSON or exceeds the default limits
     */
    public List<Finding> lintMeta(byte[] json) {
        Objects.requireNonNull(json, "json");
        return done(MetaRules.check(json));
    }

    /**
     * Lints every graph of a set and compares each architecture's checksum and OCI graphs.
     *
     * @param graphs the graphs of a stream
     * @return the findings, by architecture name
     */
    public List<Finding> lintGraphs(GraphSet graphs) {
        Objects.requireNonNull(graphs, "graphs");
        List<Finding> findings = new ArrayList<>();
        Map<Scope, CincinnatiGraph> all = graphs.asMap();
        for (String basearch : graphs.architectures()) {
            Scope checksumScope = Scope.of(graphs.stream(), basearch, false);
            Scope ociScope = Scope.of(graphs.stream(), basearch, true);
            findings.addAll(lintArchitecture(checksumScope, all.get(checksumScope), ociScope, all.get(ociScope)));
        }
        return Collections.unmodifiableList(findings);
    }

    private List<Finding> lintArchitecture(
            Scope checksumScope, CincinnatiGraph checksum, Scope ociScope, CincinnatiGraph oci) {
        List<Finding> findings = new ArrayList<>(lintGraph(checksumScope, checksum));
        findings.addAll(lintGraph(ociScope, oci));
        findings.addAll(SchemeRules.check(checksumScope, checksum, ociScope, oci));
        return findings;
    }

    private static List<Finding> done(List<Finding> findings) {
        LOG.debug("lint found {} problems", findings.size());
        return Collections.unmodifiableList(findings);
    }

    /**
     * The stream that labels graph scopes: the updates document's, else the index's, else {@link
     * #UNNAMED_STREAM}.
     */
    private static String streamOf(ReleaseIndex index, Updates updates) {
        if (!updates.stream().isEmpty()) {
            return updates.stream();
        }
        Optional<String> indexStream = index.stream().filter(s -> !s.isEmpty());
        return indexStream.orElse(UNNAMED_STREAM);
    }
}
