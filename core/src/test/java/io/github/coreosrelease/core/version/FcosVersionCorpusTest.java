/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.version;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parses every version of the real updates metadata in the shared corpus (updates and their history). */
class FcosVersionCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The 2019 preview releases of testing had three-field versions; they are not FCOS versions. */
    private static final Set<String> PREVIEW_VERSIONS = Set.of(
            "30.20190716.1",
            "30.20190801.0",
            "30.20190905.0",
            "30.20191002.0",
            "30.20191014.0",
            "30.20191014.1",
            "31.20191127.1",
            "31.20191211.1");

    @ParameterizedTest
    @CsvSource({"stable, 179, 3", "testing, 209, 2", "next, 216, 1"})
    void everyVersionOfAStreamParsesAndNamesThatStream(String stream, int distinctVersions, int streamCode)
            throws IOException {
        Path corpus = corpus();
        Set<String> versions = new TreeSet<>();
        versions.addAll(versionsIn(corpus.resolve("updates").resolve(stream + ".json")));
        try (Stream<Path> history = Files.list(corpus.resolve("updates-history").resolve(stream))) {
            for (Path file : (Iterable<Path>) history.sorted()::iterator) {
                versions.addAll(versionsIn(file));
            }
        }

        List<String> rejected = new ArrayList<>();
        for (String text : versions) {
            Optional<FcosVersion> version = FcosVersion.tryParse(text);
            if (version.isEmpty()) {
                rejected.add(text);
                continue;
            }
            assertThat(version.get().toString()).isEqualTo(text);
            assertThat(version.get().streamCode()).as(text).isEqualTo(streamCode);
            assertThat(version.get().stream()).as(text).contains(stream);
        }

        assertThat(versions).hasSize(distinctVersions);
        Set<String> expectedRejected = stream.equals("testing") ? PREVIEW_VERSIONS : Set.of();
        assertThat(rejected).containsExactlyInAnyOrderElementsOf(expectedRejected);
    }

    /**
     * The versions named in one updates document (some history files list none): the current format
     * lists {@code releases}; the first 2019 history file uses the old {@code
     * updates.{barriers,deadends,rollouts}} format.
     */
    private static List<String> versionsIn(Path file) throws IOException {
        JsonNode document = JSON.readTree(file.toFile());
        List<JsonNode> entries = new ArrayList<>();
        if (document.path("releases").isArray()) {
            document.get("releases").forEach(entries::add);
        } else {
            JsonNode updates = document.path("updates");
            assertThat(updates.isObject()).as("releases or updates in %s", file).isTrue();
            for (String kind : List.of("barriers", "deadends", "rollouts")) {
                updates.path(kind).forEach(entries::add);
            }
        }
        List<String> versions = new ArrayList<>();
        for (JsonNode entry : entries) {
            assertThat(entry.path("version").isTextual())
                    .as("version in %s", file)
                    .isTrue();
            versions.add(entry.get("version").asText());
        }
        return versions;
    }

    private static Path corpus() {
        return Corpus.dir();
    }
}
