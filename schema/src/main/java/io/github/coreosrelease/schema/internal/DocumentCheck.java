/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.github.coreosrelease.schema.DocumentSchema;
import io.github.coreosrelease.schema.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates one document: decode, parse, check against the compiled schema, then locate each
 * problem in the text. Input that cannot be parsed gives a single problem instead of an exception.
 * Thread-safe.
 */
public final class DocumentCheck {
    private final SchemaCatalog catalog;
    private final StrictJson json = new StrictJson();
    private final TokenLocator locator = new TokenLocator(json);
    private final ErrorTranslator translator;

    /**
     * Creates a check over compiled schemas.
     *
     * @param catalog the schemas
     */
    public DocumentCheck(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.translator = new ErrorTranslator(catalog);
    }

    /**
     * Validates a document.
     *
     * @param schema the schema to check against
     * @param bytes the document, UTF-8
     * @return every problem, in the order of the values they concern in the document; empty when valid
     */
    public List<Problem> validate(DocumentSchema schema, byte[] bytes) {
        if (bytes.length > InputLimits.MAX_DOCUMENT_BYTES) {
            return List.of(wholeDocument(
                    Problem.LIMIT,
                    "document is larger than the limit of " + InputLimits.MAX_DOCUMENT_BYTES + " bytes"));
        }
        String text;
        try {
            text = json.decode(bytes);
        } catch (CharacterCodingException e) {
            return List.of(wholeDocument(Problem.SYNTAX, "document is not valid UTF-8: " + e.getMessage()));
        }
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (StreamConstraintsException e) {
            return List.of(parseProblem(Problem.LIMIT, e));
        } catch (JsonProcessingException e) {
            return List.of(parseProblem(Problem.SYNTAX, e));
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of(wholeDocument(Problem.SYNTAX, "document is empty: expected a JSON value"));
        }
        List<Error> errors = catalog.compiled(schema).validate(tree);
        if (errors.isEmpty()) {
            return List.of();
        }
        // Several schema branches can report the very same defect; say it once.
        Set<Finding> findings = new LinkedHashSet<>();
        for (Error error : errors) {
            findings.add(translator.translate(error));
        }
        return locate(text, new ArrayList<>(findings));
    }

    private List<Problem> locate(String text, List<Finding> findings) {
        Set<String> pointers = findings.stream().map(Finding::pointer).collect(Collectors.toSet());
        Map<String, TokenPosition> positions;
        try {
            positions = locator.locate(text, pointers);
        } catch (IOException e) {
            throw new UncheckedIOException("re-reading a document that parsed before failed", e);
        }
        List<Problem> problems = new ArrayList<>(findings.size());
        List<Integer> orders = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            TokenPosition position = positions.get(finding.pointer());
            Problem.Builder problem = Problem.builder()
                    .pointer(finding.pointer())
                    .keyword(finding.keyword())
                    .message(finding.message());
            if (position != null) {
                problem.line(position.line()).column(position.column());
            }
            problems.add(problem.build());
            orders.add(position == null ? Integer.MAX_VALUE : position.order());
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            indexes.add(i);
        }
        // Stable: problems at the same value keep the order the schema reported them in.
        indexes.sort(Comparator.comparingInt(orders::get));
        return indexes.stream().map(problems::get).collect(Collectors.toUnmodifiableList());
    }

    private static Problem parseProblem(String keyword, JsonProcessingException e) {
        Problem.Builder problem = Problem.builder().pointer("").keyword(keyword).message(e.getOriginalMessage());
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0 && location.getColumnNr() > 0) {
            problem.line(location.getLineNr()).column(location.getColumnNr());
        }
        return problem.build();
    }

    private static Problem wholeDocument(String keyword, String message) {
        return Problem.builder().pointer("").keyword(keyword).message(message).build();
    }
}
