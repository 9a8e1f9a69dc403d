/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.JsonLimits;
import io.github.coreosrelease.core.json.internal.ExactTree;
import io.github.coreosrelease.core.json.internal.Utf8;
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
    private final JsonLimits limits;
    private final SchemaCatalog catalog;
    private final long maxDocumentBytes;
    private final StrictJson json;
    private final TokenLocator locator;
    private final ErrorTranslator translator;

    /**
     * Creates a check over compiled schemas.
     *
     * @param catalog the schemas
     * @param limits the bounds on document size, nesting depth and string length
     */
    public DocumentCheck(SchemaCatalog catalog, JsonLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
        this.maxDocumentBytes = limits.maxDocumentBytes();
        this.json = new StrictJson(limits);
        this.locator = new TokenLocator(json);
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
        if (bytes.length > maxDocumentBytes) {
            return List.of(wholeDocument(
                    Problem.LIMIT, "document is larger than the limit of " + maxDocumentBytes + " bytes"));
        }
        String text;
        try {
            // The readers' own check: a document is UTF-8 for both or for neither, with one message.
            Utf8.require(schema.kind(), bytes);
            text = json.decode(bytes);
        } catch (DocumentException e) {
            return List.of(readerProblem(Problem.SYNTAX, e));
        } catch (CharacterCodingException e) {
            return List.of(wholeDocument(Problem.SYNTAX, "document is not valid UTF-8: " + e.getMessage()));
        }
        JsonNode tree;
        try (JsonParser parser = json.parser(text)) {
            // The readers' tree: exact number text, bounded exponents and value count.
            tree = ExactTree.read(schema.kind(), parser, limits);
        } catch (DocumentException e) {
            return List.of(readerProblem(Problem.LIMIT, e));
        } catch (StreamConstraintsException e) {
            return List.of(parseProblem(Problem.LIMIT, e));
        } catch (JsonProcessingException e) {
            return List.of(parseProblem(Problem.SYNTAX, e));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a document from memory failed", e);
        }
        if (tree == null) {
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

    private static Problem readerProblem(String keyword, DocumentException e) {
        Problem.Builder problem =
                Problem.builder().pointer(e.pointer()).keyword(keyword).message(e.problem());
        if (e.line().isPresent() && e.column().orElse(0) > 0) {
            problem.line(e.line().getAsInt()).column(e.column().getAsInt());
        }
        return problem.build();
    }

    private static Problem wholeDocument(String keyword, String message) {
        return Problem.builder().pointer("").keyword(keyword).message(message).build();
    }
}
