/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.internal.Shortened;
import io.github.coreosrelease.core.json.DocumentDetector;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphError;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.model.VersionAliases;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.model.release.Release;
import io.github.coreosrelease.core.model.stream.StreamMetadata;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect}: detects a document's type and prints a short summary. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {"  coreos-release inspect meta.json"},
        description = "Detect the document type and print a short summary.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DocumentSizeOption size;

    @Parameters(paramLabel = "FILE", description = "The document, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        byte[] bytes = size.inputs().bytes(file);
        DocumentKind kind;
        try {
            kind = DocumentDetector.detect(bytes, size.limits())
                    .orElseThrow(() -> new InputException(file + ": not a recognised pipeline document", null));
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(file, e), e);
        }
        // The summary is printed only once the whole document has been read: a document that cannot
        // be read prints nothing on stdout, only the error.
        StringWriter summary = new StringWriter();
        PrintWriter out = new PrintWriter(summary) {
            @Override
            public void println(String line) {
                // A value of the document (a version, a reason) cannot break its line or reach the terminal raw.
                super.println(Shortened.printable(line));
            }
        };
        summarise(kind, bytes, out);
        out.flush();
        spec.commandLine().getOut().print(summary);
        return 0;
    }

    private void summarise(DocumentKind kind, byte[] bytes, PrintWriter out) {
        switch (kind) {
            case RPM_OSTREE_STATUS -> {
                out.println("type: rpm-ostree-status");
                rpmOstreeStatus(out, file, bytes);
                return;
            }
            case GRAPH_ERROR -> {
                out.println("type: graph-error");
                GraphError error = size.inputs().parse(DocumentType.GRAPH_ERROR, file, bytes);
                out.println("kind: " + error.kind());
                out.println("value: " + error.value());
                return;
            }
            default -> out.println("type: " + DocumentTypeOption.of(kind));
        }
        switch (kind) {
            case RELEASE_INDEX -> releaseIndex(out, size.inputs().parse(DocumentType.RELEASE_INDEX, file, bytes));
            case UPDATES -> updates(out, size.inputs().parse(DocumentType.UPDATES, file, bytes));
            case GRAPH -> graph(out, size.inputs().parse(DocumentType.GRAPH, file, bytes));
            case META -> meta(out, size.inputs().parse(DocumentType.META, file, bytes));
            case RELEASE -> release(out, size.inputs().parse(DocumentType.RELEASE, file, bytes));
            case STREAM -> stream(out, size.inputs().parse(DocumentType.STREAM, file, bytes));
            case PAYLOAD_ALIASES -> payloadAliases(out, size.inputs().parse(DocumentType.PAYLOAD_ALIASES, file, bytes));
            default -> throw new InputException(file + ": cannot summarise a " + kind.displayName(), null);
        }
    }

    private void rpmOstreeStatus(PrintWriter out, String file, byte[] bytes) {
        BootedDeployment booted;
        try {
            booted = BootedDeployment.from(RpmOstreeStatus.read(bytes, size.limits()));
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(file, e), e);
        }
        out.println("booted version: " + booted.version());
        out.println("booted payload: " + booted.booted().payload());
        out.println("graph to ask for: " + (booted.booted().oci() ? "oci=true" : "oci=false"));
        out.println("stream: " + booted.stream().orElse("(unknown)"));
        out.println("staged: "
                + booted.staged()
                        .map(s -> s.version() + " " + s.payload().payload())
                        .orElse("(none)"));
    }

    private static void releaseIndex(PrintWriter out, ReleaseIndex index) {
        List<IndexRelease> releases = index.releases();
        Set<String> arches = new TreeSet<>();
        int withCommits = 0;
        int withOci = 0;
        for (IndexRelease release : releases) {
            if (release.commits().filter(c -> !c.isEmpty()).isPresent()) {
                withCommits++;
                release.commits().get().forEach(c -> arches.add(c.architecture()));
            }
            if (release.ociImages().filter(c -> !c.isEmpty()).isPresent()) {
                withOci++;
                release.ociImages().get().forEach(c -> arches.add(c.architecture()));
            }
        }
        out.println("stream: " + index.stream().orElse("(none)"));
        out.println("releases: " + releases.size());
        out.println("architectures: " + String.join(", ", arches));
        out.println("with commits: " + withCommits + "/" + releases.size());
        out.println("with oci-images: " + withOci + "/" + releases.size());
        out.println("newest: "
                + (releases.isEmpty()
                        ? "(none)"
                        : releases.get(releases.size() - 1).version()));
    }

    private static void payloadAliases(PrintWriter out, PayloadAliases aliases) {
        Set<String> arches = new TreeSet<>();
        int count = 0;
        for (VersionAliases version : aliases.versions()) {
            arches.addAll(version.architectures().keySet());
            count += version.architectures().size();
        }
        out.println("versions: " + aliases.versions().size());
        out.println("aliases: " + count);
        out.println("architectures: " + String.join(", ", arches));
    }

    private static void updates(PrintWriter out, Updates updates) {
        int barriers = 0;
        int deadends = 0;
        int rollouts = 0;
        for (var release : updates.releases()) {
            UpdateMetadata metadata = release.metadata();
            barriers += metadata.barrier().isPresent() ? 1 : 0;
            deadends += metadata.deadend().isPresent() ? 1 : 0;
            rollouts += metadata.rollout().isPresent() ? 1 : 0;
        }
        out.println("stream: " + updates.stream());
        out.println("entries: " + updates.releases().size());
        out.println("barriers: " + barriers);
        out.println("dead-ends: " + deadends);
        out.println("rollouts: " + rollouts);
    }

    private static void meta(PrintWriter out, BuildMeta meta) {
        out.println("build: " + meta.buildId());
        out.println("name: " + meta.name());
        out.println("architecture: " + meta.coreosAssemblerBasearch().orElse("(none)"));
        out.println("ostree-commit: " + meta.ostreeCommit());
        Map<String, Optional<ContainerImage>> entries = new LinkedHashMap<>();
        entries.put("oscontainer", meta.oscontainer());
        entries.put("base-oscontainer", meta.baseOscontainer());
        entries.put("extensions-container", meta.extensionsContainer());
        entries.put("kubevirt", meta.kubevirt());
        List<String> present = new ArrayList<>();
        entries.forEach((key, entry) -> entry.ifPresent(e ->
                present.add(key + " " + e.image() + e.digest().map(d -> " " + d).orElse(""))));
        out.println("container entries: " + (present.isEmpty() ? "(none)" : String.join("; ", present)));
    }

    private static void release(PrintWriter out, Release release) {
        out.println("release: " + release.release());
        out.println("stream: " + release.stream());
        out.println("architectures: "
                + String.join(", ", new TreeSet<>(release.architectures().keySet())));
        long withCommit = release.architectures().values().stream()
                .filter(a -> a.commit().isPresent())
                .count();
        long withOci = release.architectures().values().stream()
                .filter(a -> a.ociImage().isPresent())
                .count();
        int total = release.architectures().size();
        out.println("with commit: " + withCommit + "/" + total);
        out.println("with oci-image: " + withOci + "/" + total);
    }

    private static void stream(PrintWriter out, StreamMetadata stream) {
        out.println("stream: " + stream.stream());
        out.println("architectures: "
                + String.join(", ", new TreeSet<>(stream.architectures().keySet())));
        Set<String> releases = new TreeSet<>();
        stream.architectures().values().forEach(a -> a.artifacts().values().forEach(p -> releases.add(p.release())));
        out.println("releases: " + String.join(", ", releases));
    }

    private static void graph(PrintWriter out, CincinnatiGraph graph) {
        out.println("nodes: " + graph.nodes().size());
        out.println("edges: " + graph.edges().size());
        out.println("newest: "
                + (graph.nodes().isEmpty()
                        ? "(none)"
                        : graph.nodes().get(graph.nodes().size() - 1).version()));
    }
}
