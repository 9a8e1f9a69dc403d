/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §6 on real documents: each corpus document is damaged in one place, many times over (a value
 * replaced by one of another JSON type, a member removed, the text cut short), and read again.
 * Every outcome must be either a model or a {@link DocumentException}: never a
 * NullPointerException, an IllegalArgumentException from a builder, or any other exception. A
 * damaged document that is read (a {@code null} in place of an optional value, a member more or
 * less) is written back to the same JSON tree, and reads back to an equal model.
 * Seeded, so every run checks the same mutations.
 */
class MutationRobustnessTest {
    private static final int MUTATIONS = 600;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(DocumentType.META, "meta/fcos-x86_64.json"),
                Arguments.of(DocumentType.META, "meta/rhcos-x86_64-legacy-oscontainer.json"),
                Arguments.of(DocumentType.RELEASE, "release/fcos-stable-33.20201201.3.0.json"),
                Arguments.of(DocumentType.RELEASE_INDEX, "release-index/fcos-stable-early.json"),
                Arguments.of(DocumentType.UPDATES, "updates/stable.json"),
                Arguments.of(DocumentType.GRAPH, "tracker-samples/cincinnati-response-sample.json"),
                Arguments.of(DocumentType.STREAM, "streams/stable.json"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void everyDamagedDocumentReadsOrFailsWithADocumentException(DocumentType<?> type, String file) throws Exception {
        byte[] original = Files.readAllBytes(Corpus.file(file));
        Random random = new Random(file.hashCode());
        int refused = 0;
        int roundTripped = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] damaged = mutate(original, random);
            try {
                assertWritesBackLosslessly(type, damaged, "mutation " + i + " of " + file);
                roundTripped++;
            } catch (DocumentException expected) {
                assertThat(expected.kind()).isEqualTo(type.kind());
                assertThat(expected.getMessage()).startsWith(type.kind().displayName() + ": ");
                refused++;
            } catch (RuntimeException e) {
                throw new AssertionError(
                        "mutation " + i + " of " + file + " threw " + e + " instead of a DocumentException:\n"
                                + new String(damaged, StandardCharsets.UTF_8),
                        e);
            }
        }
        // The mutations must really exercise the error path, not only harmless changes.
        assertThat(refused).as("damaged documents refused").isGreaterThan(MUTATIONS / 10);
        assertThat(roundTripped).as("damaged documents read and written back").isGreaterThan(MUTATIONS / 10);
    }

    /**
     * What is read is written back as it was (SPEC §1): the same JSON tree, explicit nulls and
     * unknown members in place, and the model read from it again is equal. Numbers are compared by
     * value: the random doubles are written in exponent form, which CorpusRoundTripTest's exact
     * comparison on real documents covers.
     */
    private static <T> void assertWritesBackLosslessly(DocumentType<T> type, byte[] json, String what) {
        T model = DocumentReader.standard().read(type, json);
        byte[] written = DocumentWriter.compact().write(type, model);
        assertThat(byValue(JsonTrees.tree(written)))
                .as("%s written back", what)
                .isEqualTo(byValue(JsonTrees.tree(json)));
        assertThat(DocumentReader.standard().read(type, written))
                .as("%s read back", what)
                .isEqualTo(model);
    }

    private static byte[] mutate(byte[] original, Random random) {
        if (random.nextInt(10) == 0) {
            return java.util.Arrays.copyOf(original, random.nextInt(original.length));
        }
        JsonNode root = JsonTrees.tree(original);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                object.set("x", randomValue(random));
            } else {
                String name = names.get(random.nextInt(names.size()));
                if (random.nextInt(4) == 0) {
                    object.remove(name);
                } else {
                    object.set(name, randomValue(random));
                }
            }
        } else {
            ArrayNode array = (ArrayNode) target;
            if (array.isEmpty()) {
                array.add(randomValue(random));
            } else {
                array.set(random.nextInt(array.size()), randomValue(random));
            }
        }
        return JsonSupport.toText(root).getBytes(StandardCharsets.UTF_8);
    }

    /** The tree with every number as its exact decimal value without trailing zeros. */
    private static JsonNode byValue(JsonNode node) {
        if (node.isNumber()) {
            return NODES.numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(field -> copy.set(field.getKey(), byValue(field.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(element -> copy.add(byValue(element)));
            return copy;
        }
        return node;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    collect(field.getValue(), containers);
                }
            } else {
                node.forEach(element -> collect(element, containers));
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(5) - 2);
            case 3 -> NODES.numberNode(random.nextDouble() * 1e20);
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode("sha256:" + Long.toHexString(random.nextLong()));
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode().add(NODES.objectNode());
            default -> NODES.arrayNode();
        };
    }
}
