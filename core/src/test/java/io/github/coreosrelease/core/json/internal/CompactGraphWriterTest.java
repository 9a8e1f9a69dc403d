/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import io.github.coreosrelease.core.model.RawJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactGraphWriterTest {
    /** What the codec path writes: GraphCodec through a Jackson generator. */
    private static byte[] throughJackson(CincinnatiGraph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator =
                JsonSupport.defaults().mapper().getFactory().createGenerator(out)) {
            new GraphCodec().encode(new JsonOut(generator), graph);
        }
        return out.toByteArray();
    }

    @Test
    void writesTheExactCompactDocument() {
        // Jackson escapes a character outside the BMP as a surrogate pair; the writer does the same.
        CincinnatiGraph graph = CincinnatiGraph.builder()
                .addNode(GraphNode.builder()
                        .version("41.1")
                        .payload("abc")
                        .putMetadata("k", "v")
                        .putMetadata("q\"uote", "t\tab é ☃ 😀 \u0001")
                        .build())
                .addNode(GraphNode.builder().version("41.2").payload("def").build())
                .addEdge(GraphEdge.of(0, 1))
                .addEdge(GraphEdge.of(1, 0))
                .build();

        byte[] bytes = CompactGraphWriter.write(graph).orElseThrow();

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("{\"nodes\":[{\"version\":\"41.1\",\"metadata\":{\"k\":\"v\",\"q\\\"uote\":"
                        + "\"t\\tab é ☃ \\uD83D\\uDE00 \\u0001\"},\"payload\":\"abc\"},{\"version\":\"41.2\",\"metadata\":{},"
                        + "\"payload\":\"def\"}],\"edges\":[[0,1],[1,0]]}");
    }

    @Test
    void randomGraphsComeOutAsTheCodecWritesThem() throws IOException {
        Random random = new Random(11);
        String alphabet = "aZ09.:/@-_ \"\\\t\n\r\b\f\u0000\u001f\u007f\u00e9\u2028\u2603\ud83d\ude00";
        for (int round = 0; round < 200; round++) {
            CincinnatiGraph.Builder builder = CincinnatiGraph.builder();
            int nodes = random.nextInt(6);
            for (int n = 0; n < nodes; n++) {
                GraphNode.Builder node =
                        GraphNode.builder().version(text(random, alphabet)).payload(text(random, alphabet));
                for (int m = random.nextInt(4); m > 0; m--) {
                    node.putMetadata(text(random, alphabet) + m, text(random, alphabet));
                }
                builder.addNode(node.build());
            }
            for (int e = nodes == 0 ? 0 : random.nextInt(8); e > 0; e--) {
                builder.addEdge(GraphEdge.of(random.nextInt(nodes), random.nextInt(nodes)));
            }
            CincinnatiGraph graph = builder.build();

            assertThat(CompactGraphWriter.write(graph).orElseThrow())
                    .as("round %d: %s", round, graph)
                    .isEqualTo(throughJackson(graph));
            assertThat(DocumentWriter.compact().write(DocumentType.GRAPH, graph))
                    .isEqualTo(throughJackson(graph));
        }
    }

    @Test
    void thePlainSizeIsExactWithoutEscapesAndBelowWithThem() {
        Random random = new Random(12);
        String plain = "aZ09.:/@-_ ~{}";
        for (int round = 0; round < 100; round++) {
            CincinnatiGraph.Builder builder = CincinnatiGraph.builder();
            // Up to 1,200 nodes: edge positions of one to four digits.
            int nodes = round % 2 == 0 ? random.nextInt(5) : random.nextInt(1_200);
            for (int n = 0; n < nodes; n++) {
                GraphNode.Builder node =
                        GraphNode.builder().version(text(random, plain)).payload(text(random, plain));
                for (int m = random.nextInt(4); m > 0; m--) {
                    node.putMetadata(text(random, plain) + m, text(random, plain));
                }
                builder.addNode(node.build());
            }
            for (int e = nodes == 0 ? 0 : random.nextInt(8); e > 0; e--) {
                builder.addEdge(GraphEdge.of(random.nextInt(nodes), random.nextInt(nodes)));
            }
            CincinnatiGraph graph = builder.build();

            assertThat(CompactGraphWriter.plainSize(graph.nodes(), graph.edges()))
                    .as("round %d: %s", round, graph)
                    .isEqualTo(CompactGraphWriter.write(graph).orElseThrow().length);
        }
        CincinnatiGraph escaped = CincinnatiGraph.builder()
                .addNode(GraphNode.builder()
                        .version("4\"1")
                        .payload("é")
                        .putMetadata("k", "\t")
                        .build())
                .build();
        // 2 + 1 + 2 bytes more than the characters: \", é in UTF-8, \t.
        assertThat(CompactGraphWriter.plainSize(escaped.nodes(), escaped.edges()))
                .isEqualTo(CompactGraphWriter.write(escaped).orElseThrow().length - 3);
    }

    @Test
    void multiDigitPositionsAsTheCodecWritesThem() throws IOException {
        CincinnatiGraph.Builder builder = CincinnatiGraph.builder();
        for (int n = 0; n < 12_001; n++) {
            builder.addNode(GraphNode.builder().version("v" + n).payload("p").build());
        }
        CincinnatiGraph graph = builder.addEdge(GraphEdge.of(9, 10))
                .addEdge(GraphEdge.of(99, 100))
                .addEdge(GraphEdge.of(999, 1000))
                .addEdge(GraphEdge.of(9999, 12000))
                .build();

        byte[] bytes = CompactGraphWriter.write(graph).orElseThrow();

        assertThat(bytes).isEqualTo(throughJackson(graph));
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .endsWith("\"edges\":[[9,10],[99,100],[999,1000],[9999,12000]]}");
    }

    @Test
    void unknownFieldsAreLeftToTheCodec() throws IOException {
        CincinnatiGraph withGraphField = CincinnatiGraph.builder()
                .putExtraField("x", RawJson.of("[1,2.50]"))
                .build();
        CincinnatiGraph withNodeField = CincinnatiGraph.builder()
                .addNode(GraphNode.builder()
                        .version("1")
                        .payload("p")
                        .putExtraField("y", RawJson.of("{\"a\":null}"))
                        .build())
                .build();

        assertThat(CompactGraphWriter.write(withGraphField)).isEmpty();
        assertThat(CompactGraphWriter.write(withNodeField)).isEmpty();
        assertThat(new String(
                        DocumentWriter.compact().write(DocumentType.GRAPH, withNodeField), StandardCharsets.UTF_8))
                .isEqualTo("{\"nodes\":[{\"version\":\"1\",\"metadata\":{},\"payload\":\"p\",\"y\":{\"a\":null}}],"
                        + "\"edges\":[]}");
        assertThat(DocumentWriter.compact().write(DocumentType.GRAPH, withGraphField))
                .isEqualTo(throughJackson(withGraphField));
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                text.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
