/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static io.github.coreosrelease.schema.Fixtures.Edit.remove;
import static io.github.coreosrelease.schema.Fixtures.Edit.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.Fixtures.Edit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our meta.json schema and coreos-assembler's own draft-07 schema (from the corpus) agree on the
 * real meta.json files, on broken ones, and on a placeholder of the upstream type for every
 * upstream property: ours never rejects what upstream accepts, except malformed digests (SPEC §1.2).
 */
class UpstreamMetaSchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema upstream;

    private final Validator validator = Validator.standard();

    @BeforeAll
    static void loadUpstreamSchema() throws IOException {
        Path file = Fixtures.corpus().resolve("schema/coreos-assembler-meta-v1.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            upstream = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
    }

    private static List<Error> upstreamErrors(byte[] json) throws IOException {
        return upstream.validate(MAPPER.readTree(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusMetaFiles")
    void bothSchemasAcceptTheCorpusMetaFiles(String name) throws IOException {
        byte[] json = Files.readAllBytes(Fixtures.corpus().resolve("meta").resolve(name));

        assertThat(upstreamErrors(json)).isEmpty();
        assertThat(validator.validate(DocumentKind.META, json)).isEmpty();
    }

    static Stream<String> corpusMetaFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.corpus().resolve("meta"))) {
            List<String> names =
                    files.map(file -> file.getFileName().toString()).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no meta.json files in the corpus");
            }
            return names.stream();
        }
    }

    @Test
    void bothSchemasAcceptOurValidFixture() throws IOException {
        byte[] json = Fixtures.resource("valid/meta.json");

        assertThat(upstreamErrors(json)).isEmpty();
        assertThat(validator.validate(DocumentKind.META, json)).isEmpty();
    }

    /**
     * Every property of the upstream schema, at any depth, in a document that is valid upstream:
     * the required properties and the property itself hold placeholders of the upstream type.
     */
    static Stream<Arguments> upstreamProperties() throws IOException {
        JsonNode root;
        try (InputStream in =
                Files.newInputStream(Fixtures.corpus().resolve("schema/coreos-assembler-meta-v1.schema.json"))) {
            root = MAPPER.readTree(in);
        }
        List<Arguments> out = new ArrayList<>();
        collect(root, root, "", placeholder(root, root), out);
        if (out.size() < 100) {
            throw new IllegalStateException("expected every upstream property, found " + out.size());
        }
        return out.stream();
    }

    private static void collect(JsonNode root, JsonNode schema, String container, JsonNode doc, List<Arguments> out) {
        schema.path("properties").properties().forEach(property -> {
            JsonNode child = resolve(root, property.getValue());
            String pointer = container + "/" + property.getKey();
            ObjectNode withChild = doc.deepCopy();
            ((ObjectNode) withChild.at(container)).set(property.getKey(), placeholder(root, child));
            out.add(arguments(pointer, withChild));
            if ("object".equals(child.path("type").asText())) {
                collect(root, child, pointer, withChild, out);
            }
            JsonNode items = resolve(root, child.path("items"));
            if ("array".equals(child.path("type").asText())
                    && "object".equals(items.path("type").asText())) {
                ObjectNode withItem = doc.deepCopy();
                ((ObjectNode) withItem.at(container))
                        .set(property.getKey(), MAPPER.createArrayNode().add(placeholder(root, items)));
                collect(root, items, pointer + "/0", withItem, out);
            }
        });
    }

    /** The schema with its {@code $ref} target merged in. */
    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        ObjectNode merged = root.at(schema.get("$ref").asText().substring(1)).deepCopy();
        schema.properties().forEach(field -> {
            if (!field.getKey().equals("$ref") && !merged.has(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /** A value of the schema's type: "x" strings as long as required, 1, true, {} with what it requires. */
    private static JsonNode placeholder(JsonNode root, JsonNode schema) {
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = MAPPER.createObjectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(
                            required.asText(),
                            placeholder(
                                    root,
                                    resolve(root, schema.path("properties").path(required.asText()))));
                }
                return object;
            }
            case "array" -> {
                return MAPPER.createArrayNode();
            }
            case "integer", "number" -> {
                return MAPPER.getNodeFactory().numberNode(1);
            }
            case "boolean" -> {
                return MAPPER.getNodeFactory().booleanNode(true);
            }
            default -> {
                if (schema.has("pattern")) {
                    // Only ostree-timestamp has one: a date, T, and a final Z.
                    return MAPPER.getNodeFactory().textNode("2020-01-15T19:31:31Z");
                }
                return MAPPER.getNodeFactory()
                        .textNode(
                                "x".repeat(Math.max(1, schema.path("minLength").asInt())));
            }
        }
    }

    private static boolean digestRule(String pointer) {
        return pointer.endsWith("/digest") || pointer.endsWith("/manifest-list-digest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("upstreamProperties")
    void everyUpstreamPropertyWithAPlaceholderIsJudgedTheSameExceptDigests(String pointer, JsonNode document)
            throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(document);

        assertThat(upstreamErrors(json)).isEmpty();
        if (digestRule(pointer)) {
            // SPEC 1.2: a digest is algorithm:encoded; the upstream schema takes any string.
            assertThat(validator.validate(DocumentKind.META, json))
                    .singleElement()
                    .satisfies(problem -> {
                        assertThat(problem.pointer()).isEqualTo(pointer);
                        assertThat(problem.keyword()).isEqualTo("pattern");
                    });
            ObjectNode withDigest = document.deepCopy();
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) withDigest.at(pointer.substring(0, slash)))
                    .put(pointer.substring(slash + 1), "sha256:" + "0".repeat(64));
            byte[] valid = MAPPER.writeValueAsBytes(withDigest);
            assertThat(upstreamErrors(valid)).isEmpty();
            assertThat(validator.validate(DocumentKind.META, valid)).isEmpty();
        } else {
            assertThat(validator.validate(DocumentKind.META, json)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMeta")
    void bothSchemasRejectBrokenMeta(Edit edit, String pointer, String keyword) throws IOException {
        byte[] json = Fixtures.edited("meta.json", edit);

        assertThat(upstreamErrors(json))
                .singleElement()
                .satisfies(error -> assertThat(error.getKeyword()).isEqualTo(keyword));
        assertThat(validator.validate(DocumentKind.META, json)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.keyword()).isEqualTo(keyword);
        });
    }

    static Stream<Arguments> brokenMeta() {
        return Stream.of(
                arguments(remove("/buildid"), "", "required"),
                arguments(remove("/ostree-timestamp"), "", "required"),
                arguments(set("/coreos-assembler.image-genver", "\"0\""), "/coreos-assembler.image-genver", "type"),
                arguments(remove("/images/ostree"), "/images", "required"),
                arguments(remove("/images/qemu/sha256"), "/images/qemu", "required"),
                arguments(set("/amis/0/hvm", "5"), "/amis/0/hvm", "type"),
                arguments(remove("/gcp/url"), "/gcp", "required"),
                arguments(
                        set("/coreos-assembler.oci-imported-labels/version", "41"),
                        "/coreos-assembler.oci-imported-labels/version",
                        "type"),
                arguments(
                        remove("/coreos-assembler.container-config-git/commit"),
                        "/coreos-assembler.container-config-git",
                        "required"));
    }
}
