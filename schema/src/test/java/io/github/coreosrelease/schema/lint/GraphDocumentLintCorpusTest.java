/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.testing.Corpus;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Graph documents of the shared corpus, and the graph documents this project writes from the
 * corpus's release indexes and updates, through {@link Linter#lintGraphDocument}.
 */
class GraphDocumentLintCorpusTest {
    /** 2026-08-01T00:00:00Z, after the newest corpus document. */
    private static final long NOW = 1_785_542_400L;

    private final Linter linter = Linter.at(NOW);
    private final DocumentReader reader = DocumentReader.standard();

    @Test
    void theServedGraphSampleIsClean() throws IOException {
        byte[] json = Files.readAllBytes(Corpus.file("tracker-samples/cincinnati-response-sample.json"));

        assertThat(linter.lintGraphDocument(json, "cincinnati-response-sample.json"))
                .isEmpty();
    }

    /** Stable updates, current and historic, with the stable index; the tracker samples together. */
    private List<GraphSet> builtGraphs() {
        ReleaseIndex stable =
                reader.read(DocumentType.RELEASE_INDEX, Corpus.file("release-index/fcos-stable-early.json"));
        List<Path> stableUpdates = new ArrayList<>(List.of(Corpus.file("updates/stable.json")));
        stableUpdates.addAll(Corpus.jsonFiles("updates-history/stable"));
        List<GraphSet> sets = new ArrayList<>();
        for (Path file : stableUpdates) {
            sets.add(GraphBuilder.buildAll(stable, reader.read(DocumentType.UPDATES, file), "stable"));
        }
        ReleaseIndex sampleIndex =
                reader.read(DocumentType.RELEASE_INDEX, Corpus.file("tracker-samples/release-index-sample.json"));
        Updates sampleUpdates = reader.read(DocumentType.UPDATES, Corpus.file("tracker-samples/updates-sample.json"));
        sets.add(GraphBuilder.buildAll(sampleIndex, sampleUpdates, "testing"));
        return sets;
    }

    @Test
    void everyExportedGraphLintsWithoutErrorsAndAsTheTypedGraphDoes() {
        Map<String, Integer> counts = new TreeMap<>();
        int documents = 0;
        for (GraphSet set : builtGraphs()) {
            for (Map.Entry<Scope, CincinnatiGraph> entry : set.asMap().entrySet()) {
                // What `export` writes for the scope.
                byte[] json = (DocumentWriter.compact().writeString(DocumentType.GRAPH, entry.getValue()) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                List<Finding> findings = linter.lintGraphDocument(json, fileName(entry.getKey()));
                documents++;

                assertThat(findings)
                        .as("%s", entry.getKey())
                        .noneMatch(finding -> finding.severity() == Severity.ERROR);
                assertThat(findings.stream().map(GraphDocumentLintCorpusTest::withoutLocation))
                        .as("%s", entry.getKey())
                        .containsExactlyElementsOf(linter.lintGraph(entry.getKey(), entry.getValue()).stream()
                                .map(GraphDocumentLintCorpusTest::withoutLocation)
                                .toList());
                findings.forEach(finding -> counts.merge(finding.ruleId(), 1, Integer::sum));
            }
        }

        // 204 stable updates documents and the tracker samples, each a checksum and an OCI graph of
        // x86_64 and of the three other default architectures (empty: no findings); only the
        // January 2021 documents offer the index's newest release.
        assertThat(documents).isEqualTo((204 + 1) * 4 * 2);
        assertThat(counts).isEqualTo(Map.of("newest-not-offered", 202));
    }

    private static String fileName(Scope scope) {
        return scope.basearch() + "/" + GraphLocation.scheme(scope) + ".json";
    }

    private static String withoutLocation(Finding finding) {
        return finding.severity().label() + " " + finding.ruleId() + ": " + finding.message();
    }
}
