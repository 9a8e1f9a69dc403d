/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.schema.render.Graphviz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final String NODES_AND_EDGES_HEAD = """
            flowchart LR
              n0("40.20240416.3.0")
              n1{{"40.20240504.3.0"}}
              n2("40.20240519.3.0")
              n3{{"40.20240602.3.0"}}
              n4("41.20241027.3.0")
              n5("41.20241109.3.0")
              n6("41.20241122.3.0")
              n7("41.20241215.3.0")
              n0 --> n1
              n1 -.-> n3
              n2 -.-> n3
            """;

    private static final String LEGEND_AND_CLASSES = """
              subgraph legend [Legend]
                direction LR
                legend_release("release")
                legend_barrier{{"barrier"}}
                legend_rollout("rollout")
                legend_deadend("dead-end")
                legend_release -->|update| legend_barrier
                legend_barrier -.->|gradual update| legend_rollout
              end
              classDef release fill:#ffffff,stroke:#4b5563
              classDef barrier fill:#fde68a,stroke:#4b5563
              classDef rollout fill:#bfdbfe,stroke:#1d4ed8,stroke-width:3px
              classDef deadend fill:#fecaca,stroke:#b91c1c,stroke-dasharray:5 3
              classDef deadendRollout fill:#fecaca,stroke:#b91c1c,stroke-width:3px,stroke-dasharray:5 3
              class n0,n2,n4,legend_release release
              class n1,legend_barrier barrier
              class n3,n6,n7,legend_rollout rollout
              class n5,legend_deadend deadend
            """;

    @TempDir
    Path dir;

    static CliRun render(String... extra) {
        String[] base = {"render", "--releases", Samples.RELEASES, "--updates", Samples.UPDATES, "--basearch", "x86_64"
        };
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.run(args);
    }

    @Test
    void mermaidOfTheSampleGraph() {
        CliRun run = render("--format", "mermaid");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("---\ntitle: \"sample x86_64 checksum update graph\"\n---\n" + NODES_AND_EDGES_HEAD
                        + "  n3 -.-> n6\n  n3 -.-> n7\n  n4 -.-> n6\n  n4 -.-> n7\n  n6 -.-> n7\n"
                        + LEGEND_AND_CLASSES);
        assertThat(run.err).isEmpty();
    }

    @Test
    void theGraphAsServedToAWaryClient() {
        // At 1970-01-01T00:00:01Z only the 100 % rollout of node 3 is offered to a client of wariness 0.1.
        CliRun run = render("--format", "mermaid", "--wariness", "0.1", "--now", "1");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .isEqualTo("---\ntitle: \"sample x86_64 checksum update graph as served to wariness 0.1 at"
                        + " 1970-01-01T00:00:01Z\"\n---\n" + NODES_AND_EDGES_HEAD + LEGEND_AND_CLASSES);
    }

    @Test
    void dotGoesToAFileWhenAsked() throws IOException {
        Path out = dir.resolve("graph.dot");

        CliRun toFile = render("--format", "dot", "--oci", "--out", out.toString());
        CliRun toStdout = render("--format", "dot", "--oci");

        assertThat(toFile.exitCode).as(toFile.toString()).isZero();
        assertThat(toFile.out).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(toStdout.out);
        assertThat(toStdout.out)
                .startsWith("digraph \"update graph\" {\n  label=\"sample x86_64 oci update graph\";\n")
                .contains("\n  n0 [label=\"41.20241027.3.0\"];\n")
                .contains("\n  n0 -> n2 [style=dashed, color=\"#1d4ed8\"];\n")
                .endsWith("  }\n}\n");
    }

    @Test
    void svgComesFromTheGraphvizProgram() throws IOException {
        Path dot = dir.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\ncat > /dev/null\nprintf '<svg>%s</svg>\\n' \"$1\"\n");
        assertThat(dot.toFile().setExecutable(true)).isTrue();

        CliRun run = render("--format", "svg", "--graphviz", dot.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("<svg>-Tsvg</svg>\n");
    }

    @Test
    void withoutGraphvizTheErrorSaysHowToInstallIt() {
        CliRun run = render("--format", "svg", "--graphviz", "/nonexistent/dot");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err)
                .isEqualTo("error: the Graphviz program 'dot' was not found at /nonexistent/dot; install Graphviz"
                        + " (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install graphviz; macOS: brew install"
                        + " graphviz), or render to dot or mermaid text instead\n");
    }

    static boolean dotInstalled() {
        return Graphviz.onPath().isAvailable();
    }

    @Test
    @EnabledIf("dotInstalled")
    void pngWithTheRealProgram() throws IOException {
        Path out = dir.resolve("graph.png");

        CliRun run = render("--format", "png", "--out", out.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(out), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void usageErrors() {
        assertThat(render("--format", "gif").err)
                .isEqualTo("error: --format must be one of dot, mermaid, svg, png, got 'gif'\n");
        assertThat(render("--format", "png").err)
                .isEqualTo("error: --format png writes a binary picture: give --out FILE\n");
        assertThat(render("--format", "dot", "--now", "1").err)
                .isEqualTo("error: --now only applies with --wariness\n");
        assertThat(render("--format", "dot", "--wariness", "high").err)
                .isEqualTo("error: --wariness must be a number such as 0.5, got 'high'\n");
        assertThat(render("--format", "dot", "--now", "1").exitCode).isEqualTo(2);
    }

    @Test
    void anUnknownArchitectureIsInvalidInput() {
        CliRun run = CliRun.run(
                "render",
                "--releases",
                Samples.RELEASES,
                "--updates",
                Samples.UPDATES,
                "--basearch",
                "riscv64",
                "--format",
                "dot");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err)
                .isEqualTo("error: unknown basearch \"riscv64\": known are aarch64, ppc64le, s390x, x86_64\n");
    }
}
