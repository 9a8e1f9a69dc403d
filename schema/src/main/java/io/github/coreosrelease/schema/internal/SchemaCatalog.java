/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.coreosrelease.schema.DocumentSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link DocumentSchema}, read from the class path and compiled once. The registry knows the
 * schemas by their {@code $id}, so a reference between schemas resolves to the bundled text and
 * nothing is ever fetched from the network. Immutable after construction, hence thread-safe.
 */
public final class SchemaCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaCatalog.class);

    private final Map<DocumentSchema, String> texts;
    private final Map<DocumentSchema, Schema> compiled;
    private final Map<String, JsonNode> treesById;

    private SchemaCatalog(
            Map<DocumentSchema, String> texts, Map<DocumentSchema, Schema> compiled, Map<String, JsonNode> treesById) {
        this.texts = texts;
        this.compiled = compiled;
        this.treesById = treesById;
    }

    /**
     * Reads and compiles all schemas.
     *
     * @return the catalog
     * @throws UncheckedIOException if a bundled schema is missing or not JSON (a broken build)
     */
    public static SchemaCatalog load() {
        ObjectMapper mapper = new ObjectMapper();
        Map<DocumentSchema, String> texts = new EnumMap<>(DocumentSchema.class);
        Map<String, String> textsById = new HashMap<>();
        Map<String, JsonNode> treesById = new HashMap<>();
        for (DocumentSchema schema : DocumentSchema.values()) {
            String text = schema.text();
            texts.put(schema, text);
            textsById.put(schema.id().toString(), text);
            try {
                treesById.put(schema.id().toString(), mapper.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled schema " + schema.resourcePath() + " is not JSON", e);
            }
        }
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(textsById).schemaRegistryConfig(config));
        Map<DocumentSchema, Schema> compiled = new EnumMap<>(DocumentSchema.class);
        for (DocumentSchema schema : DocumentSchema.values()) {
            Schema loaded = registry.getSchema(SchemaLocation.of(schema.id().toString()));
            loaded.initializeValidators();
            compiled.put(schema, loaded);
        }
        LOG.debug("compiled {} document schemas", compiled.size());
        return new SchemaCatalog(
                Collections.unmodifiableMap(texts),
                Collections.unmodifiableMap(compiled),
                Collections.unmodifiableMap(treesById));
    }

    /**
     * The compiled schema of a document.
     *
     * @param schema which schema
     * @return the compiled schema
     */
    public Schema compiled(DocumentSchema schema) {
        return compiled.get(schema);
    }

    /**
     * The text of a schema, as bundled.
     *
     * @param schema which schema
     * @return the JSON text
     */
    public String text(DocumentSchema schema) {
        return texts.get(schema);
    }

    /**
     * The parsed schema document with a given {@code $id}.
     *
     * @param id an absolute schema id
     * @return the schema document, or empty if no bundled schema has that id
     */
    public Optional<JsonNode> tree(String id) {
        return Optional.ofNullable(treesById.get(id));
    }
}
