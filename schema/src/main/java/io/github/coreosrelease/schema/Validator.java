/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.schema.internal.DocumentCheck;
import io.github.coreosrelease.schema.internal.InputLimits;
import io.github.coreosrelease.schema.internal.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks pipeline documents against this library's JSON Schemas and reports every problem, not just
 * the first (SPEC §5).
 *
 * <pre>{@code
 * List<Problem> problems = Validator.standard().validate(DocumentKind.UPDATES, Path.of("stable.json"));
 * problems.forEach(p -> System.out.println(p.pointer() + ": " + p.message()));
 * }</pre>
 *
 * <p>Each {@link Problem} names the offending value by JSON pointer and, where the value exists in
 * the input, its line and column. Input that is not well-formed JSON, is not UTF-8 or exceeds the
 * size and depth bounds yields exactly one problem at pointer {@code ""} instead of an exception.
 *
 * <p>The schemas are read from the class path and compiled once; an instance is immutable,
 * thread-safe and meant to be shared.
 */
public final class Validator {
    private final SchemaCatalog catalog;
    private final DocumentCheck check;

    private Validator(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.check = new DocumentCheck(catalog);
    }

    /**
     * The validator with the schemas bundled in this library, created on first use.
     *
     * @return the shared instance
     */
    public static Validator standard() {
        return Standard.INSTANCE;
    }

    /**
     * The document kinds this validator has a schema for: every kind except {@link
     * DocumentKind#RPM_OSTREE_STATUS}.
     *
     * @return the kinds, unmodifiable
     */
    public Set<DocumentKind> supportedKinds() {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (DocumentSchema schema : DocumentSchema.values()) {
            kinds.add(schema.kind());
        }
        return Collections.unmodifiableSet(kinds);
    }

    /**
     * Validates a document held in memory.
     *
     * @param kind what the document is
     * @param json the document, UTF-8 encoded
     * @return all problems, ordered by their position in the document; empty when the document is valid
     * @throws InvalidValueException if {@code kind} has no schema
     */
    public List<Problem> validate(DocumentKind kind, byte[] json) {
        Objects.requireNonNull(json, "json");
        return check.validate(DocumentSchema.require(kind), json);
    }

    /**
     * Validates a document read from a stream; the stream is read to its end but not closed.
     *
     * @param kind what the document is
     * @param json the document, UTF-8 encoded
     * @return all problems, ordered by their position in the document; empty when the document is valid
     * @throws IOException if the stream cannot be read
     * @throws InvalidValueException if {@code kind} has no schema
     */
    public List<Problem> validate(DocumentKind kind, InputStream json) throws IOException {
        Objects.requireNonNull(json, "json");
        DocumentSchema schema = DocumentSchema.require(kind);
        // One byte beyond the limit is enough for the check to know the document is too large.
        return check.validate(schema, json.readNBytes(InputLimits.MAX_DOCUMENT_BYTES + 1));
    }

    /**
     * Validates a document file.
     *
     * @param kind what the document is
     * @param file the document, UTF-8 encoded
     * @return all problems, ordered by their position in the document; empty when the document is valid
     * @throws IOException if the file cannot be read
     * @throws InvalidValueException if {@code kind} has no schema
     */
    public List<Problem> validate(DocumentKind kind, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        DocumentSchema.require(kind);
        try (InputStream in = Files.newInputStream(file)) {
            return validate(kind, in);
        }
    }

    /**
     * The JSON text of the schema a document kind is validated against.
     *
     * @param kind a document kind
     * @return the schema, exactly as bundled
     * @throws InvalidValueException if {@code kind} has no schema
     */
    public String schemaText(DocumentKind kind) {
        return catalog.text(DocumentSchema.require(kind));
    }

    /** Holds the shared instance, so that the schemas are compiled only when first needed. */
    private static final class Standard {
        static final Validator INSTANCE = new Validator(SchemaCatalog.load());
    }
}
