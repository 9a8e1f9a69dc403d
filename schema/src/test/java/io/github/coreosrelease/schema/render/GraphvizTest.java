/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.GraphNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** Running the Graphviz program: found or not, succeeding, failing, too slow; with a stand-in script. */
class GraphvizTest {
    private static final String INSTALL = "install Graphviz (Debian/Ubuntu: apt-get install graphviz;"
            + " Fedora: dnf install graphviz; macOS: brew install graphviz), or render to dot or mermaid text instead";

    @TempDir
    Path dir;

    private Path script(String body) throws IOException {
        Path dot = dir.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        assertThat(dot.toFile().setExecutable(true)).isTrue();
        return dot;
    }

    @Test
    void aMissingProgramSaysHowToInstallGraphviz() {
        Graphviz missing = Graphviz.at(Path.of("/nonexistent/dot"));

        assertThat(missing.isAvailable()).isFalse();
        assertThat(missing.executable()).isEmpty();
        assertThatThrownBy(() -> missing.render("digraph {}", ImageFormat.SVG))
                .isInstanceOf(RenderException.class)
                .hasMessage("the Graphviz program 'dot' was not found at /nonexistent/dot; " + INSTALL);
        assertThatThrownBy(() -> Graphviz.onPath("").render("digraph {}", ImageFormat.PNG))
                .isInstanceOf(RenderException.class)
                .hasMessage("the Graphviz program 'dot' was not found on the search path; " + INSTALL);
    }

    @Test
    void theProgramIsFoundOnTheSearchPathAndGetsTheDotTextAndFormat() throws IOException {
        Path dot = script("input=$(cat)\nprintf '%s|%s' \"$1\" \"$input\"");

        Graphviz graphviz = Graphviz.onPath("/nonexistent" + File.pathSeparator + dir);

        assertThat(graphviz.executable()).contains(dot);
        assertThat(new String(graphviz.render("digraph { a -> b }", ImageFormat.PNG), StandardCharsets.UTF_8))
                .isEqualTo("-Tpng|digraph { a -> b }");
        assertThat(new String(graphviz.render("x", ImageFormat.SVG), StandardCharsets.UTF_8))
                .isEqualTo("-Tsvg|x");
    }

    @Test
    void aFailingProgramReportsItsExitCodeAndFirstErrorLine() throws IOException {
        Path dot = script("cat > /dev/null\necho 'Error: <stdin>: syntax error in line 1' >&2\necho more >&2\nexit 3");

        assertThatThrownBy(() -> Graphviz.at(dot).render("digraph {", ImageFormat.SVG))
                .isInstanceOf(RenderException.class)
                .hasMessage("the Graphviz program " + dot
                        + " failed with exit code 3: Error: <stdin>: syntax error in line 1");
    }

    @Test
    void aProgramThatRunsTooLongIsStopped() throws IOException {
        // The stand-in never finishes on its own, so the outcome does not depend on the machine's speed.
        Path dot = script("exec sleep 600");

        assertThatThrownBy(() ->
                        Graphviz.at(dot).withTimeout(Duration.ofMillis(200)).render("x", ImageFormat.SVG))
                .isInstanceOf(RenderException.class)
                .hasMessage("the Graphviz program " + dot + " did not finish within 200 ms; the graph may be too large"
                        + " to draw, try --format dot or mermaid");
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> Graphviz.onPath("").withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be positive, got PT0S");
    }

    static boolean dotInstalled() {
        return Graphviz.onPath().isAvailable();
    }

    @Test
    @EnabledIf("dotInstalled")
    void theRealProgramDrawsSvgAndPng() {
        CincinnatiGraph graph = CincinnatiGraph.builder()
                .addNodes(GraphNode.builder()
                        .version("41.20250105.3.0")
                        .payload("a")
                        .build())
                .addNodes(GraphNode.builder()
                        .version("41.20250119.3.0")
                        .payload("b")
                        .build())
                .addEdges(GraphEdge.of(0, 1))
                .build();
        String dot = GraphRenderer.dot(graph, "test graph");

        String svg = new String(Graphviz.onPath().render(dot, ImageFormat.SVG), StandardCharsets.UTF_8);
        byte[] png = Graphviz.onPath().render(dot, ImageFormat.PNG);

        assertThat(svg).startsWith("<?xml").contains(">41.20250105.3.0</text>", ">test graph</text>", ">Legend</text>");
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }
}
