/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonLimits;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphLimits;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.generate.GeneratedStream;
import io.github.coreosrelease.graph.generate.GeneratorOptions;
import io.github.coreosrelease.graph.generate.StreamGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * One whole refresh of a stream, as the reference builder's {@code refbench bench} times it:
 * parse the release index and the updates document, build the 8 graphs (every architecture,
 * checksum and OCI), serialize each graph body. Beside it, the floor that any JSON library must at
 * least pay for the same bytes: Jackson parsing both documents into a tree, and Jackson writing the
 * 8 graph documents from trees prepared beforehand.
 *
 * <p>Runs on any stream: {@code -p index=releases.json -p updates=updates.json} (files written by
 * {@code coreos-release generate}, or real documents). Without them, a generated stream of 1,000
 * releases. {@code benchmarks/compare-reference.sh} runs it next to the reference.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RefreshBenchmark -p index=DIR/releases.json -p updates=DIR/updates.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RefreshBenchmark {
    /** Largest document read: far above a 200,000-release index (~320 MB indented). */
    private static final long MAX_DOCUMENT_BYTES = 1L << 30;

    /** Most values read: far above a 200,000-release index (~5 million). */
    private static final long MAX_VALUES = 1L << 30;

    /**
     * Most edges per graph: far above a generated 200,000-release stream (~12.6 million, a rollout
     * on every release), which the library's default bound refuses as it should for real streams.
     */
    private static final GraphLimits GRAPH_LIMITS =
            GraphLimits.builder().maxEdges(50_000_000).build();

    /** The release index file; empty for a generated stream of 1,000 releases. */
    @Param({""})
    public String index;

    /** The updates file; empty for the generated stream's. */
    @Param({""})
    public String updates;

    /**
     * Whether {@link #load} prepares the floor's output trees; without them {@link #jsonFloor}
     * cannot run, and a 100,000-release stream refreshes within {@code -Xmx1g}.
     */
    boolean prepareFloor = true;

    private byte[] indexJson;
    private byte[] updatesJson;
    private String stream;
    private DocumentReader reader;
    private ObjectMapper plainJackson;
    private List<JsonNode> preparedGraphs;

    /**
     * Reads the files, and prepares the floor's output trees from the graphs this refresh builds
     * (unless {@link #prepareFloor} is off).
     *
     * @throws IOException if a file cannot be read
     */
    @Setup
    public void load() throws IOException {
        if (index.isEmpty() != updates.isEmpty()) {
            throw new IllegalArgumentException("give both -p index=FILE and -p updates=FILE, or neither");
        }
        if (index.isEmpty()) {
            GeneratedStream generated = StreamGenerator.generate(
                    GeneratorOptions.builder().releases(1000).build());
            indexJson = DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, generated.releaseIndex());
            updatesJson = DocumentWriter.indented(2).write(DocumentType.UPDATES, generated.updates());
        } else {
            indexJson = Files.readAllBytes(Path.of(index));
            updatesJson = Files.readAllBytes(Path.of(updates));
        }
        // A 100,000-release index holds ~2.5 million values, beyond the default budget of a million.
        reader = DocumentReader.withLimits(JsonLimits.builder()
                .maxDocumentBytes(MAX_DOCUMENT_BYTES)
                .maxValues(MAX_VALUES)
                .build());
        Updates parsedUpdates = reader.read(DocumentType.UPDATES, updatesJson);
        stream = parsedUpdates.stream().isEmpty() ? "stable" : parsedUpdates.stream();
        plainJackson = new ObjectMapper();
        preparedGraphs = prepareFloor ? FloorTrees.of(parseAndBuild()) : List.of();
    }

    /**
     * Parse both documents, build the 8 graphs, serialize each (compact JSON, as served). One body
     * is on the heap at a time, as in the floor and in the graph service, which copies each body
     * into a direct buffer (off the heap) as it caches it.
     *
     * @return the bodies' total size, so that the work is not eliminated
     */
    @Benchmark
    public long refresh() {
        long size = 0;
        for (CincinnatiGraph graph : parseAndBuild().asMap().values()) {
            size += DocumentWriter.compact().write(DocumentType.GRAPH, graph).length;
        }
        return size;
    }

    /**
     * The first two steps of a refresh: parse both documents and build the 8 graphs.
     *
     * @return the graphs
     */
    GraphSet parseAndBuild() {
        ReleaseIndex parsedIndex = reader.read(DocumentType.RELEASE_INDEX, indexJson);
        Updates parsedUpdates = reader.read(DocumentType.UPDATES, updatesJson);
        return GraphBuilder.buildAll(
                parsedIndex, parsedUpdates, stream, GraphBuilder.DEFAULT_ARCHITECTURES, GRAPH_LIMITS);
    }

    /**
     * The last step of a refresh as the graph service keeps it: every graph as the compact body it
     * caches, in a direct buffer.
     *
     * @param graphs the graphs
     * @return the bodies, in the order of the graph set
     */
    static List<ByteBuffer> serializeOffHeap(GraphSet graphs) {
        List<ByteBuffer> bodies = new ArrayList<>(graphs.asMap().size());
        for (CincinnatiGraph graph : graphs.asMap().values()) {
            byte[] body = DocumentWriter.compact().write(DocumentType.GRAPH, graph);
            bodies.add(ByteBuffer.allocateDirect(body.length).put(body).flip());
        }
        return bodies;
    }

    /**
     * The stream the graphs are built for: the updates document's, or {@code stable}.
     *
     * @return the stream name
     */
    String stream() {
        return stream;
    }

    /**
     * The floor: Jackson parses both documents into trees and writes the 8 prepared graph trees.
     *
     * @return the sizes of the parsed trees and written bodies, so that the work is not eliminated
     * @throws IOException never for these in-memory documents
     */
    @Benchmark
    public long jsonFloor() throws IOException {
        if (!prepareFloor) {
            throw new IllegalStateException("the floor's trees were not prepared");
        }
        // Sizes, not the trees: holding the index tree while parsing the updates would need more
        // heap than the refresh itself at 100,000 releases.
        long size = plainJackson.readTree(indexJson).size();
        size += plainJackson.readTree(updatesJson).size();
        for (JsonNode graph : preparedGraphs) {
            size += plainJackson.writeValueAsBytes(graph).length;
        }
        return size;
    }
}
