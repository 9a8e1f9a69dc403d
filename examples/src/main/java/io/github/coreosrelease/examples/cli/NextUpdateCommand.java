/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.NodeRelease;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import io.github.coreosrelease.graph.client.UpdateChoice;
import io.github.coreosrelease.graph.client.UpdateChooser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code next-update}: the update a node would apply next from a graph (SPEC §3), printed as
 * {@code {"update": {"version", "payload", "age_index"} | null, "reason": "...", "deadend":
 * {"reason"} | null}}.
 */
@Command(
        name = "next-update",
        mixinStandardHelpOptions = true,
        description = "Choose the next update of a node from a Cincinnati graph, as Zincati does.")
final class NextUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--graph",
            required = true,
            paramLabel = "SRC",
            description = "The graph: a file, - for standard input, or an http(s) URL.")
    String graph;

    @ArgGroup(exclusive = true, multiplicity = "1")
    BootedSource booted;

    @Option(names = "--deny", paramLabel = "PAYLOAD", description = "A payload never to update to; repeatable.")
    List<String> deny = List.of();

    @Option(names = "--allow-downgrade", description = "Accept a pick that is not newer than the booted release.")
    boolean allowDowngrade;

    /** Where the booted deployment comes from: exactly one of the two options. */
    static final class BootedSource {
        @Option(
                names = "--booted",
                required = true,
                paramLabel = "CHECKSUM_OR_PULLSPEC",
                description = "The booted OSTree checksum (any non-empty text without /, : or @) or OCI digest"
                        + " pullspec.")
        String payload;

        @Option(
                names = "--status",
                required = true,
                paramLabel = "SRC",
                description = "The output of rpm-ostree status --json: a file, - or a URL. The other"
                        + " deployments (rollback, staged) are deny-listed.")
        String status;
    }

    @Override
    public Integer call() {
        UpdateChoice choice;
        if (booted.payload != null) {
            Booted node = bootedPayload();
            CincinnatiGraph cincinnati = Inputs.read(DocumentType.GRAPH, graph);
            choice = UpdateChooser.findUpdate(cincinnati, node, new LinkedHashSet<>(deny), allowDowngrade);
        } else {
            // The node's other deployments (rollback, staged) are deny-listed, as Zincati does.
            BootedDeployment node = deployment();
            CincinnatiGraph cincinnati = Inputs.read(DocumentType.GRAPH, graph);
            choice = UpdateChooser.findUpdate(cincinnati, node, new LinkedHashSet<>(deny), allowDowngrade);
        }
        spec.commandLine().getOut().println(json(choice));
        return 0;
    }

    private Booted bootedPayload() {
        try {
            return Booted.parse(booted.payload);
        } catch (InvalidValueException e) {
            throw new UsageException("--booted: " + e.getMessage());
        }
    }

    private BootedDeployment deployment() {
        byte[] bytes = Inputs.bytes(booted.status);
        try {
            return BootedDeployment.from(RpmOstreeStatus.read(bytes));
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(booted.status, e), e);
        }
    }

    private static String json(UpdateChoice choice) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JsonSupport.defaults().mapper().getFactory().createGenerator(text)) {
            out.writeStartObject();
            out.writeFieldName("update");
            if (choice.update().isPresent()) {
                NodeRelease update = choice.update().get();
                out.writeStartObject();
                out.writeStringField("version", update.version());
                out.writeStringField("payload", update.payload());
                out.writeNumberField("age_index", update.ageIndex());
                out.writeEndObject();
            } else {
                out.writeNull();
            }
            out.writeStringField("reason", choice.reason());
            out.writeFieldName("deadend");
            if (choice.deadEndReason().isPresent()) {
                out.writeStartObject();
                out.writeStringField("reason", choice.deadEndReason().get());
                out.writeEndObject();
            } else {
                out.writeNull();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
