/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coreosrelease.core.DocumentKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real document of the shared corpus satisfies our schema of its kind. */
class CorpusValidationTest {
    /**
     * Two historical updates documents (October and November 2019) have {@code "start_percentage":
     * 100}, outside the 0..1 range meant by SPEC 1.6; the service of the time accepted them, so the
     * schema does too (the range is the lint rule {@code start-percentage-range}). They are named here
     * so that the corpus is known to still contain them.
     */
    private static final List<String> PERCENTAGE_ABOVE_ONE =
            List.of("updates-history/testing/0006.json", "updates-history/testing/0007.json");

    private static final Map<String, DocumentKind> TRACKER_SAMPLES = Map.of(
            "release-index-sample.json", DocumentKind.RELEASE_INDEX,
            "release-sample.json", DocumentKind.RELEASE,
            "stream-sample.json", DocumentKind.STREAM,
            "updates-sample.json", DocumentKind.UPDATES,
            "cincinnati-response-sample.json", DocumentKind.GRAPH);

    private final Validator validator = Validator.standard();

    @ParameterizedTest(name = "{1}")
    @MethodSource("corpusDocuments")
    void corpusDocumentIsValid(DocumentKind kind, String relativePath) throws IOException {
        List<Problem> problems = validator.validate(kind, Fixtures.corpus().resolve(relativePath));

        assertThat(problems).as("problems in %s", relativePath).isEmpty();
    }

    @Test
    void corpusCoversEveryKindAndTheWholeUpdatesHistory() {
        List<Arguments> documents = corpusDocuments().toList();

        assertThat(documents.stream().map(arguments -> (DocumentKind) arguments.get()[0]))
                .containsAll(List.of(
                        DocumentKind.META,
                        DocumentKind.RELEASE,
                        DocumentKind.RELEASE_INDEX,
                        DocumentKind.UPDATES,
                        DocumentKind.GRAPH,
                        DocumentKind.STREAM));
        assertThat(documents.stream()
                        .map(arguments -> (String) arguments.get()[1])
                        .filter(path -> path.startsWith("updates-history/")))
                .hasSizeGreaterThanOrEqualTo(689)
                .containsAll(PERCENTAGE_ABOVE_ONE);
    }

    static Stream<Arguments> corpusDocuments() {
        Path corpus = Fixtures.corpus();
        List<Arguments> documents = new ArrayList<>();
        addAll(documents, corpus, "meta", DocumentKind.META);
        addAll(documents, corpus, "release", DocumentKind.RELEASE);
        addAll(documents, corpus, "release-index", DocumentKind.RELEASE_INDEX);
        addAll(documents, corpus, "updates", DocumentKind.UPDATES);
        addAll(documents, corpus, "updates-history", DocumentKind.UPDATES);
        addAll(documents, corpus, "streams", DocumentKind.STREAM);
        for (Path file : jsonFiles(corpus.resolve("tracker-samples"))) {
            String name = file.getFileName().toString();
            // The two *-schema.json files there are upstream schemas, not documents.
            if (!name.endsWith("-schema.json")) {
                DocumentKind kind = TRACKER_SAMPLES.get(name);
                if (kind == null) {
                    throw new IllegalStateException("unexpected tracker sample " + file);
                }
                documents.add(arguments(kind, corpus.relativize(file).toString()));
            }
        }
        return documents.stream();
    }

    private static void addAll(List<Arguments> documents, Path corpus, String directory, DocumentKind kind) {
        List<Path> files = jsonFiles(corpus.resolve(directory));
        if (files.isEmpty()) {
            throw new IllegalStateException("no documents in " + corpus.resolve(directory));
        }
        files.forEach(
                file -> documents.add(arguments(kind, corpus.relativize(file).toString())));
    }

    private static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
