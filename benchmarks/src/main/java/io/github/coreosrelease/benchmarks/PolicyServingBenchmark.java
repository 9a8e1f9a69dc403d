/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.examples.samples.SyntheticStream;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import io.github.coreosrelease.graph.service.DocumentSource;
import io.github.coreosrelease.graph.service.GraphQuery;
import io.github.coreosrelease.graph.service.GraphResponse;
import io.github.coreosrelease.graph.service.GraphService;
import io.github.coreosrelease.graph.service.GraphServiceConfig;
import io.github.coreosrelease.graph.service.StreamSources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one {@code /v1/graph} answer on a stream shaped like {@code stable} (300 releases,
 * one rollout in progress), per client: applying the policy and serializing the graph on every
 * request ({@link #policyAndSerializeEveryRequest}), versus the graph service, which computes the
 * client's hidden set and returns a cached body ({@link #serviceWithPolicy}, {@link
 * #serviceWithoutPolicy}). Clients cycle through 1024 node UUIDs, so warinesses spread over [0, 1].
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PolicyServingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PolicyServingBenchmark {
    private static final long NOW = 1_750_000_000L;
    private static final int CLIENTS = 1024;

    /** Number of releases in the synthetic stream. */
    @Param({"300"})
    public int releases;

    private Path dir;
    private GraphService withPolicy;
    private GraphService withoutPolicy;
    private CincinnatiGraph graph;
    private GraphQuery[] queries;
    private double[] warinesses;
    private int next;

    /**
     * Writes the synthetic stream, loads it into two services and builds the graph.
     *
     * @throws IOException if the temporary files cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ReleaseIndex index = SyntheticStream.releaseIndex(releases);
        Updates updates = SyntheticStream.updates(index, NOW, 1L);
        dir = Files.createTempDirectory("policy-benchmark");
        Path releasesFile = dir.resolve("releases.json");
        Path updatesFile = dir.resolve("updates.json");
        Files.write(releasesFile, DocumentWriter.compact().write(DocumentType.RELEASE_INDEX, index));
        Files.write(updatesFile, DocumentWriter.compact().write(DocumentType.UPDATES, updates));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
        StreamSources stream = StreamSources.of(
                SyntheticStream.STREAM, DocumentSource.file(releasesFile), DocumentSource.file(updatesFile));
        withPolicy = GraphService.create(
                GraphServiceConfig.builder().addStream(stream).build(), clock, new SimpleMeterRegistry());
        withoutPolicy = GraphService.create(
                GraphServiceConfig.builder()
                        .addStream(stream)
                        .applyPolicy(false)
                        .build(),
                clock,
                new SimpleMeterRegistry());
        withPolicy.refreshAll();
        withoutPolicy.refreshAll();
        graph = GraphBuilder.build(
                index, updates, io.github.coreosrelease.graph.Scope.of(SyntheticStream.STREAM, "x86_64", false));
        queries = new GraphQuery[CLIENTS];
        warinesses = new double[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            String uuid = "node-" + i;
            queries[i] = GraphQuery.builder().basearch("x86_64").stream(SyntheticStream.STREAM)
                    .nodeUuid(uuid)
                    .build();
            warinesses[i] = Wariness.resolve(Optional.empty(), Optional.of(uuid));
        }
    }

    /**
     * Deletes the temporary files.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        withPolicy.close();
        withoutPolicy.close();
        Files.deleteIfExists(dir.resolve("releases.json"));
        Files.deleteIfExists(dir.resolve("updates.json"));
        Files.deleteIfExists(dir);
    }

    private int client() {
        next = (next + 1) & (CLIENTS - 1);
        return next;
    }

    /**
     * The naive server: wariness, policy and serialization for every request.
     *
     * @return the body
     */
    @Benchmark
    public byte[] policyAndSerializeEveryRequest() {
        int client = client();
        double wariness = Wariness.resolve(Optional.empty(), queries[client].nodeUuid());
        return DocumentWriter.compact().write(DocumentType.GRAPH, GraphPolicy.apply(graph, wariness, NOW));
    }

    /**
     * Only the policy, without serialization: what the hidden-set split saves on top of caching.
     *
     * @return the served graph
     */
    @Benchmark
    public CincinnatiGraph policyOnlyEveryRequest() {
        return GraphPolicy.apply(graph, warinesses[client()], NOW);
    }

    /**
     * The graph service with the policy: hidden set per request, cached body.
     *
     * @return the response
     */
    @Benchmark
    public GraphResponse serviceWithPolicy() {
        return withPolicy.graph(queries[client()]);
    }

    /**
     * The graph service without policy: the body serialized at refresh.
     *
     * @return the response
     */
    @Benchmark
    public GraphResponse serviceWithoutPolicy() {
        return withoutPolicy.graph(queries[client()]);
    }
}
