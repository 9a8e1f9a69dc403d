/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every document of the shared corpus with its model, writes it back compact and indented,
 * and requires the same JSON tree (numbers compared by their exact text).
 */
class CorpusRoundTripTest {
    /** Folders whose every JSON file is one document type. */
    private static final Map<String, DocumentType<?>> FOLDERS = Map.of(
            "meta", DocumentType.META,
            "release", DocumentType.RELEASE,
            "release-index", DocumentType.RELEASE_INDEX,
            "updates", DocumentType.UPDATES,
            "updates-history", DocumentType.UPDATES,
            "streams", DocumentType.STREAM);

    /** The samples of {@code tracker-samples/}, by file name. */
    private static final Map<String, DocumentType<?>> TRACKER_SAMPLES = Map.of(
            "release-index-sample.json", DocumentType.RELEASE_INDEX,
            "release-sample.json", DocumentType.RELEASE,
            "stream-sample.json", DocumentType.STREAM,
            "updates-sample.json", DocumentType.UPDATES,
            "cincinnati-response-sample.json", DocumentType.GRAPH);

    /**
     * Historical documents in a format that predates the current one, which the reference tools
     * cannot read either: they must be refused, with this pointer and problem.
     */
    private static final Map<String, String> REFUSED = Map.of(
            // The first updates file of the testing stream (2019): {"updates": {"barriers", "deadends",
            // "rollouts"}} with string numbers, before the format of SPEC §1.6 existed.
            "updates-history/testing/0001.json", "/stream: missing required field \"stream\"");

    /** Files that are not documents of this module: schemas, rpm-ostree output, the notes. */
    private static boolean skipped(String relative) {
        return relative.startsWith("schema/")
                || relative.startsWith("rpm-ostree/")
                || relative.equals("SOURCES.md")
                || (relative.startsWith("tracker-samples/") && relative.endsWith("-schema.json"));
    }

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        new TreeMap<>(FOLDERS).forEach((folder, type) -> {
            for (Path file : Corpus.jsonFiles(folder)) {
                documents.add(Arguments.of(relative(file), type));
            }
        });
        new TreeMap<>(TRACKER_SAMPLES)
                .forEach((name, type) ->
                        documents.add(Arguments.of(relative(Corpus.file("tracker-samples/" + name)), type)));
        return documents.stream();
    }

    private static String relative(Path file) {
        return Corpus.dir().relativize(file).toString().replace('\\', '/');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void roundTripsWithoutLoss(String relative, DocumentType<?> type) throws IOException {
        byte[] original = Files.readAllBytes(Corpus.dir().resolve(relative));
        if (REFUSED.containsKey(relative)) {
            DocumentException e = catchThrowableOfType(
                    DocumentException.class, () -> DocumentReader.standard().read(type, original));
            assertThat(e.pointer() + ": " + e.problem()).isEqualTo(REFUSED.get(relative));
        } else {
            assertLossless(type, original);
        }
    }

    private static <T> void assertLossless(DocumentType<T> type, byte[] original) {
        T model = DocumentReader.standard().read(type, original);
        assertThat(JsonTrees.tree(DocumentWriter.compact().write(type, model)))
                .as("compact")
                .isEqualTo(JsonTrees.tree(original));
        assertThat(JsonTrees.tree(DocumentWriter.indented(2).write(type, model)))
                .as("indented")
                .isEqualTo(JsonTrees.tree(original));
        assertThat(DocumentReader.standard().read(type, DocumentWriter.compact().write(type, model)))
                .as("model read back")
                .isEqualTo(model);
    }

    @Test
    void everyCorpusFileOutsideSchemaAndRpmOstreeIsRoundTripped() throws IOException {
        Set<String> tested = documents().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> present;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            present = walk.filter(Files::isRegularFile)
                    .map(CorpusRoundTripTest::relative)
                    .filter(relative -> !skipped(relative))
                    .collect(Collectors.toSet());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        assertThat(tested).as("corpus files without a round trip").containsAll(present);
        assertThat(tested).as("refused documents present").containsAll(REFUSED.keySet());
        assertThat(present).as("round-tripped files missing from the corpus").containsAll(tested);
        Set<String> folders = present.stream()
                .map(relative -> relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative)
                .collect(Collectors.toSet());
        assertThat(folders)
                .containsExactlyInAnyOrder(
                        "meta", "release", "release-index", "updates", "updates-history", "streams", "tracker-samples");
        assertThat(tested.stream().filter(relative -> relative.startsWith("updates-history/")))
                .as("updates-history documents")
                .hasSizeGreaterThanOrEqualTo(689);
    }
}
