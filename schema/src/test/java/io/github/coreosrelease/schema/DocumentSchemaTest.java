/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled schemas: one per document kind, stable ids, self-contained, valid draft 2020-12. */
class DocumentSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Validator validator = Validator.standard();

    @ParameterizedTest
    @CsvSource({
        "META, meta.schema.json",
        "RELEASE, release.schema.json",
        "RELEASE_INDEX, release-index.schema.json",
        "UPDATES, updates.schema.json",
        "GRAPH, graph.schema.json",
        "GRAPH_ERROR, graph-error.schema.json",
        "STREAM, stream.schema.json"
    })
    void eachKindHasItsSchemaWithAStableId(DocumentKind kind, String fileName) throws IOException {
        DocumentSchema schema = DocumentSchema.forKind(kind).orElseThrow();

        assertThat(schema.kind()).isEqualTo(kind);
        assertThat(schema.fileName()).isEqualTo(fileName);
        assertThat(schema.resourcePath()).isEqualTo("io/github/coreosrelease/schema/" + fileName);
        assertThat(schema.id()).hasToString("https://coreos-release.github.io/schemas/" + fileName);
        JsonNode tree = MAPPER.readTree(validator.schemaText(kind));
        assertThat(tree.path("$id").asText()).isEqualTo(schema.id().toString());
        assertThat(tree.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(validator.schemaText(kind)).isEqualTo(schema.text());
    }

    @Test
    void rpmOstreeStatusHasNoSchema() {
        assertThat(DocumentSchema.forKind(DocumentKind.RPM_OSTREE_STATUS)).isEmpty();
        assertThat(validator.supportedKinds())
                .isEqualTo(EnumSet.complementOf(EnumSet.of(DocumentKind.RPM_OSTREE_STATUS)));
        assertThatThrownBy(() -> validator.validate(DocumentKind.RPM_OSTREE_STATUS, new byte[] {'{', '}'}))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"RPM_OSTREE_STATUS\"")
                .hasMessageContaining("META, RELEASE, RELEASE_INDEX, UPDATES, GRAPH, GRAPH_ERROR, STREAM");
        assertThatThrownBy(() -> validator.schemaText(DocumentKind.RPM_OSTREE_STATUS))
                .isInstanceOf(InvalidValueException.class);
    }

    private static Schema draft202012MetaSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    }

    @ParameterizedTest
    @EnumSource(DocumentSchema.class)
    void schemaIsValidAgainstTheDraft202012MetaSchema(DocumentSchema schema) throws IOException {
        assertThat(draft202012MetaSchema().validate(MAPPER.readTree(schema.text())))
                .isEmpty();
    }

    @Test
    void theMetaSchemaCheckRejectsABrokenSchema() throws IOException {
        assertThat(draft202012MetaSchema().validate(MAPPER.readTree("{\"type\": 5, \"required\": \"x\"}")))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(DocumentSchema.class)
    void schemaOnlyReferencesItself(DocumentSchema schema) throws IOException {
        List<String> references = new ArrayList<>();
        collectReferences(MAPPER.readTree(schema.text()), references);

        // Local references only: validation never needs another document, let alone the network.
        assertThat(references).allSatisfy(reference -> assertThat(reference).startsWith("#/$defs/"));
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("$ref")) {
                    references.add(entry.getValue().asText());
                } else {
                    collectReferences(entry.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }
}
