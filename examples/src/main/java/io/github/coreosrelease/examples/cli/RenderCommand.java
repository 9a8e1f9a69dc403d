/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.pipeline.AtomicFiles;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.PayloadAliasNodes;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.graph.policy.Wariness;
import io.github.coreosrelease.schema.render.GraphRenderer;
import io.github.coreosrelease.schema.render.Graphviz;
import io.github.coreosrelease.schema.render.ImageFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code render}: draws the update graph of one architecture for review. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release render --releases releases.json \\",
            "      --updates updates/stable.json --basearch x86_64 --format svg \\",
            "      --out graph.svg"
        },
        description = {
            "Draw the update graph of one architecture as Graphviz DOT, Mermaid, SVG or PNG.",
            "Barriers are octagons, rollouts blue with a double border, dead-ends red and dashed; a legend explains.",
            "SVG and PNG need the Graphviz 'dot' program (Debian/Ubuntu: apt-get install graphviz).",
            "With --wariness, draw the graph as served to such a client at --now."
        })
final class RenderCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("dot", "mermaid", "svg", "png");

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Option(
            names = "--releases",
            required = true,
            paramLabel = "SRC",
            description = "The release index: file, - or URL.")
    String releases;

    @Option(
            names = "--updates",
            required = true,
            paramLabel = "SRC",
            description = "The updates document: file, - or URL.")
    String updates;

    @Mixin
    BasearchOption basearch;

    @Mixin
    OciOption oci;

    @Option(
            names = "--wariness",
            paramLabel = "W",
            description = "Apply the serving policy for a client of this rollout_wariness (clamped to [0, 1]).")
    String wariness;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "With --wariness: the time of the request in seconds since the epoch (default: now).")
    Long now;

    @Option(
            names = "--payload-aliases",
            paramLabel = "SRC",
            description = "Payload aliases: draw the alias nodes of the OCI graph too (file, - or URL).")
    String payloadAliases;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "dot, mermaid, svg or png.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Option(
            names = "--graphviz",
            paramLabel = "PATH",
            description = "The Graphviz dot program for svg and png (default: dot on the PATH).")
    Path graphviz;

    RenderCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        if (!FORMATS.contains(format)) {
            throw new UsageException(
                    "--format must be one of " + String.join(", ", FORMATS) + ", got '" + format + "'");
        }
        if (format.equals("png") && out == null) {
            throw new UsageException("--format png writes a binary picture: give --out FILE");
        }
        if (now != null && wariness == null) {
            throw new UsageException("--now only applies with --wariness");
        }
        Client client = wariness == null ? null : new Client(parseWariness(), requestTime());
        Inputs.requireStdinAtMostOnce(Arrays.asList(releases, updates, payloadAliases));
        DocumentPair documents = DocumentPair.read(size.inputs(), releases, updates);
        Optional<PayloadAliases> aliases = Optional.ofNullable(payloadAliases)
                .map(source -> size.inputs().read(DocumentType.PAYLOAD_ALIASES, source));
        DocumentPair.requireArchitecture(documents.index(), basearch.value);
        String stream = documents.updates().stream().isEmpty()
                ? documents.index().stream().filter(s -> !s.isEmpty()).orElse("unnamed")
                : documents.updates().stream();
        Scope scope = Scope.of(stream, basearch.value, oci.value);
        CincinnatiGraph built = GraphBuilder.build(documents.index(), documents.updates(), scope);
        CincinnatiGraph graph =
                aliases.map(a -> PayloadAliasNodes.append(built, scope, a)).orElse(built);
        String title = GraphRenderer.title(scope);
        if (client != null) {
            graph = GraphPolicy.apply(graph, client.wariness(), client.at());
            title += " as served to wariness " + client.wariness() + " at " + instant(client.at());
        }
        byte[] result = render(graph, title);
        if (out != null) {
            write(result);
        } else {
            spec.commandLine().getOut().print(new String(result, StandardCharsets.UTF_8));
        }
        return 0;
    }

    private byte[] render(CincinnatiGraph graph, String title) {
        return switch (format) {
            case "mermaid" -> GraphRenderer.mermaid(graph, title).getBytes(StandardCharsets.UTF_8);
            case "dot" -> GraphRenderer.dot(graph, title).getBytes(StandardCharsets.UTF_8);
            default -> {
                Graphviz dot = graphviz == null ? Graphviz.onPath() : Graphviz.at(graphviz);
                yield dot.render(
                        GraphRenderer.dot(graph, title), format.equals("png") ? ImageFormat.PNG : ImageFormat.SVG);
            }
        };
    }

    private void write(byte[] bytes) {
        // A reader of the picture sees the old one or the new one, never half of it.
        AtomicFiles.write(out, bytes);
    }

    private double parseWariness() {
        return Wariness.parseRolloutWariness(wariness)
                .map(Wariness::clamp)
                .orElseThrow(
                        () -> new UsageException("--wariness must be a number such as 0.5, got '" + wariness + "'"));
    }

    private long requestTime() {
        return now != null ? now : clock.instant().getEpochSecond();
    }

    private static String instant(long epochSeconds) {
        try {
            return Instant.ofEpochSecond(epochSeconds).toString();
        } catch (DateTimeException e) {
            return epochSeconds + " s";
        }
    }

    /**
     * The client the serving policy is applied for.
     *
     * @param wariness the clamped wariness
     * @param at the time of the request
     */
    private record Client(double wariness, long at) {}
}
