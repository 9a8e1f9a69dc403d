/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the {@code meta.json} model against the upstream schema itself: a document with every
 * property the schema declares, at every depth, must be read without any unknown field left over,
 * and a value of the wrong JSON type anywhere must be refused at its exact pointer (SPEC §1.1).
 */
class MetaSchemaCoverageTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A generated document and the declared JSON type of each of its values, by pointer. */
    private static final class Sample {
        final Map<String, String> types = new LinkedHashMap<>();
        final JsonNode document;

        Sample() {
            JsonNode schema = schema();
            this.document = value(schema, schema, "");
        }

        private JsonNode value(JsonNode root, JsonNode schema, String pointer) {
            JsonNode resolved =
                    schema.has("$ref") ? resolve(root, schema.get("$ref").asText()) : schema;
            JsonNode typeNode = schema.has("type") ? schema.get("type") : resolved.get("type");
            String type = typeNode == null ? null : typeNode.asText();
            if (type != null) {
                types.put(pointer, type);
            }
            if (type == null) {
                return NODES.textNode("untyped item");
            }
            return switch (type) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    if (resolved.has("properties")) {
                        resolved.get("properties")
                                .properties()
                                .forEach(property -> object.set(
                                        property.getKey(),
                                        value(root, property.getValue(), pointer + "/" + escape(property.getKey()))));
                    } else {
                        JsonNode additional = resolved.get("additionalProperties");
                        object.set(
                                "key",
                                additional != null && additional.isObject()
                                        ? value(root, additional, pointer + "/key")
                                        : NODES.textNode("loose value"));
                    }
                    yield object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    JsonNode items = resolved.get("items");
                    if (items != null) {
                        array.add(value(root, items, pointer + "/0"));
                    }
                    yield array;
                }
                case "string" -> text(pointer);
                case "number" -> DecimalNode.valueOf(new BigDecimal("1.50"));
                case "integer" -> NODES.numberNode(7L);
                case "boolean" -> NODES.booleanNode(true);
                default -> throw new AssertionError("schema type not handled by the test: " + type + " at " + pointer);
            };
        }

        private static JsonNode text(String pointer) {
            // Container entries validate their digests and image references (SPEC §1.2).
            if (pointer.endsWith("digest")) {
                return NODES.textNode("sha256:" + "0123456789abcdef".repeat(4));
            }
            if (pointer.endsWith("image") && !pointer.contains("/images/")) {
                return NODES.textNode("quay.io/example/text");
            }
            return NODES.textNode("text");
        }

        private static JsonNode resolve(JsonNode root, String ref) {
            JsonNode target = root.at(JsonPointer.compile(ref.substring(1)));
            if (target.isMissingNode()) {
                throw new AssertionError("unresolvable $ref " + ref);
            }
            return target;
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }

        byte[] bytes() {
            return JsonSupport.toText(document).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static JsonNode schema() {
        try {
            return JsonTrees.tree(Files.readAllBytes(Corpus.file("schema/coreos-assembler-meta-v1.schema.json")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everySchemaPropertyHasATypedAccessor() {
        Sample sample = new Sample();
        BuildMeta meta = DocumentReader.standard().read(DocumentType.META, sample.bytes());

        List<String> leftOver = new ArrayList<>();
        int visited = unknownFields(meta, "", leftOver);

        assertThat(leftOver)
                .as("schema properties the model kept as unknown fields")
                .isEmpty();
        assertThat(sample.types).as("typed values in the generated document").hasSizeGreaterThan(150);
        assertThat(visited).as("model objects visited").isGreaterThan(50);
        assertThat(JsonTrees.tree(DocumentWriter.compact().write(DocumentType.META, meta)))
                .isEqualTo(JsonTrees.tree(sample.bytes()));
    }

    @Test
    void theUnknownFieldWalkFindsUnknownFieldsAtDepth() {
        Sample sample = new Sample();
        ((ObjectNode) sample.document.at("/base-oscontainer")).put("surprise", 1);
        ((ObjectNode) sample.document.at("/images/ostree")).put("surprise", 2);
        BuildMeta meta = DocumentReader.standard().read(DocumentType.META, sample.bytes());

        List<String> leftOver = new ArrayList<>();
        unknownFields(meta, "", leftOver);

        assertThat(leftOver).containsExactlyInAnyOrder("/baseOscontainer: [surprise]", "/images/ostree: [surprise]");
    }

    static Stream<Arguments> typedValues() {
        return new Sample()
                .types.entrySet().stream()
                        .filter(entry -> !entry.getKey().isEmpty())
                        .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("typedValues")
    void aValueOfTheWrongTypeIsRefusedAtItsPointer(String pointer, String type) {
        Sample sample = new Sample();
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = sample.document.at(at.head());
        JsonNode wrong;
        String problem;
        switch (type) {
            case "string" -> {
                wrong = NODES.numberNode(1L);
                problem = "expected a string, found the number 1";
            }
            case "number" -> {
                wrong = NODES.textNode("1");
                problem = "expected a number, found a string";
            }
            case "integer" -> {
                wrong = DecimalNode.valueOf(new BigDecimal("1.5"));
                problem = "expected an integer between -9223372036854775808 and 9223372036854775807, found the"
                        + " number 1.5";
            }
            case "boolean" -> {
                wrong = NODES.textNode("true");
                problem = "expected a boolean, found a string";
            }
            case "object" -> {
                wrong = NODES.textNode("{}");
                problem = "expected an object, found a string";
            }
            case "array" -> {
                wrong = NODES.textNode("[]");
                problem = "expected an array, found a string";
            }
            default -> throw new AssertionError("unexpected type " + type);
        }
        if (parent.isArray()) {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), wrong);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), wrong);
        }

        DocumentException e = catchThrowableOfType(
                DocumentException.class, () -> DocumentReader.standard().read(DocumentType.META, sample.bytes()));

        assertThat(e).as("error for a wrong %s at %s", type, pointer).isNotNull();
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.line()).hasValue(1);
    }

    /**
     * Walks a model through the accessors of its interfaces and lists every non-empty {@code
     * extraFields()} as {@code "<path>: [keys]"}.
     *
     * @return the number of model objects visited
     */
    private static int unknownFields(Object value, String path, List<String> out) {
        if (value instanceof Optional) {
            Optional<?> optional = (Optional<?>) value;
            return optional.isPresent() ? unknownFields(optional.get(), path, out) : 0;
        }
        if (value instanceof List) {
            int visited = 0;
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                visited += unknownFields(list.get(i), path + "/" + i, out);
            }
            return visited;
        }
        if (value instanceof Map) {
            int visited = 0;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                visited += unknownFields(entry.getValue(), path + "/" + entry.getKey(), out);
            }
            return visited;
        }
        if (value == null
                || value instanceof RawJson
                || !value.getClass().getName().startsWith("io.github.coreosrelease.core.model.")) {
            return 0;
        }
        int visited = 1;
        for (Class<?> model : value.getClass().getInterfaces()) {
            for (Method accessor : model.getDeclaredMethods()) {
                if (accessor.getParameterCount() != 0 || !Modifier.isAbstract(accessor.getModifiers())) {
                    continue;
                }
                Object result = invoke(accessor, value);
                if (accessor.getName().equals("extraFields")) {
                    Map<?, ?> extra = (Map<?, ?>) result;
                    if (!extra.isEmpty()) {
                        out.add(path + ": " + extra.keySet());
                    }
                } else {
                    visited += unknownFields(result, path + "/" + accessor.getName(), out);
                }
            }
        }
        return visited;
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new LinkageError("cannot call " + accessor, e);
        }
    }
}
