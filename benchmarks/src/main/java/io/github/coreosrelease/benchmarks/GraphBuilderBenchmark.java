/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.examples.samples.SyntheticStream;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The refresh cost of one stream as the release count grows: reading the two documents, and
 * building every (architecture, scheme) graph from them at once. Time per release should stay flat
 * from 300 to 3000 releases if building is linear, as the builder promises (no scan of the updates
 * list per release).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GraphBuilderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphBuilderBenchmark {
    private static final long NOW = 1_750_000_000L;

    /** Releases in the synthetic index, each with four architectures. */
    @Param({"300", "1000", "3000"})
    public int releases;

    private ReleaseIndex index;
    private Updates updates;
    private byte[] indexJson;
    private byte[] updatesJson;

    /** Generates the stream (seeded, so every run measures the same documents). */
    @Setup
    public void generate() {
        index = SyntheticStream.releaseIndex(releases);
        updates = SyntheticStream.updates(index, NOW, 42);
        indexJson = DocumentWriter.compact().write(DocumentType.RELEASE_INDEX, index);
        updatesJson = DocumentWriter.compact().write(DocumentType.UPDATES, updates);
    }

    /**
     * Builds the 8 graphs of the stream (4 architectures, checksum and OCI) from parsed documents.
     *
     * @return the graphs, so that the work is not eliminated
     */
    @Benchmark
    public GraphSet buildAllScopes() {
        return GraphBuilder.buildAll(index, updates, SyntheticStream.STREAM);
    }

    /**
     * Reads both documents from bytes, as a refresh does before building.
     *
     * @return the parsed index, so that the work is not eliminated
     */
    @Benchmark
    public Object readDocuments() {
        DocumentReader reader = DocumentReader.standard();
        reader.read(DocumentType.UPDATES, updatesJson);
        return reader.read(DocumentType.RELEASE_INDEX, indexJson);
    }
}
