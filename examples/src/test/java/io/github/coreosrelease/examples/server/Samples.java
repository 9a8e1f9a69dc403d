/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.GraphEdge;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample documents, copies of them on disk, and the graphs expected from them. */
final class Samples {
    static final String RESOURCES = "io/github/coreosrelease/examples/samples/";

    private Samples() {}

    static String text(String name) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a file at once (write aside, then move), as a deployment would. */
    static void write(Path file, String content) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body the server must send: the built graph with the policy applied, compact JSON. */
    static byte[] expectedBody(
            String releases, String updates, String basearch, boolean oci, double wariness, long now) {
        ReleaseIndex index =
                DocumentReader.standard().read(DocumentType.RELEASE_INDEX, releases.getBytes(StandardCharsets.UTF_8));
        Updates docs = DocumentReader.standard().read(DocumentType.UPDATES, updates.getBytes(StandardCharsets.UTF_8));
        CincinnatiGraph built = GraphBuilder.build(index, docs, Scope.of("sample", basearch, oci));
        return DocumentWriter.compact().write(DocumentType.GRAPH, GraphPolicy.apply(built, wariness, now));
    }

    static CincinnatiGraph graph(byte[] body) {
        return DocumentReader.standard().read(DocumentType.GRAPH, body);
    }

    static String edges(byte[] body) {
        List<String> out = new ArrayList<>();
        for (GraphEdge edge : graph(body).edges()) {
            out.add("[" + edge.source() + "," + edge.target() + "]");
        }
        return String.join(" ", out);
    }
}
