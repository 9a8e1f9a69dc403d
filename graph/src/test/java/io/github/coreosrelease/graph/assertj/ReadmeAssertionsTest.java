/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.assertj;

import static io.github.coreosrelease.graph.assertj.CoreosAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's assertion chain, verbatim, on a stream with a barrier, a dead-end and a rollout
 * (issue 15: it could not pass on a graph with a dead-end); a second test checks that the README
 * still shows exactly this code.
 */
class ReadmeAssertionsTest {
    private static final String START = "// --- README snippet starts";
    private static final String END = "// --- README snippet ends";

    private ReleaseIndex index;
    private Updates updates;

    @BeforeEach
    void read() throws IOException {
        DocumentReader reader = DocumentReader.standard();
        try (InputStream releases = getClass().getResourceAsStream("releases.json");
                InputStream updatesJson = getClass().getResourceAsStream("updates.json")) {
            index = reader.read(DocumentType.RELEASE_INDEX, releases);
            updates = reader.read(DocumentType.UPDATES, updatesJson);
        }
    }

    @Test
    void theReadmeChainPassesOnAGraphWithADeadEnd() {
        // --- README snippet starts
        assertThat(GraphBuilder.build(index, updates, Scope.inStream("stable").oci("x86_64")))
                .hasEdge("41.20250105.3.0", "41.20250120.3.0")
                .hasNoEdgesFrom("41.20250110.3.0") // a dead-end
                .isAcyclic()
                .respectsBarriers()
                .everyNodeReaches("41.20250120.3.0") // dead-ends are exempt, as in lint's graph-stranded
                .isEquivalentTo(GraphBuilder.build(
                        index, updates, Scope.inStream("stable").checksum("x86_64")));
        // --- README snippet ends
    }

    @Test
    void countingTheDeadEndTooFailsNamingIt() {
        assertThatThrownBy(() -> assertThat(GraphBuilder.build(
                                index, updates, Scope.inStream("stable").oci("x86_64")))
                        .everyNodeIncludingDeadEndsReaches("41.20250120.3.0"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("expected every node, dead-ends included, to reach 41.20250120.3.0, but [41.20250110.3.0]"
                        + " cannot; 41.20250110.3.0 has edges to []; edges into 41.20250120.3.0:"
                        + " [41.20241215.3.0 -> 41.20250120.3.0, 41.20250105.3.0 -> 41.20250120.3.0]");
    }

    @Test
    void theReadmeShowsExactlyThisSnippet() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String source = Files.readString(
                module.resolve("src/test/java/io/github/coreosrelease/graph/assertj/ReadmeAssertionsTest.java"),
                StandardCharsets.UTF_8);
        List<String> lines = source.lines().collect(Collectors.toList());
        int from = indexOfLineContaining(lines, START) + 1;
        int to = indexOfLineContaining(lines, END);
        int indent = lines.get(from).indexOf("assertThat");
        String snippet = lines.subList(from, to).stream()
                .map(line -> line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);

        Assertions.assertThat(readme).contains(snippet);
    }

    private static int indexOfLineContaining(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker) && !lines.get(i).contains("\"")) {
                return i;
            }
        }
        throw new IllegalStateException("no line with " + marker);
    }
}
