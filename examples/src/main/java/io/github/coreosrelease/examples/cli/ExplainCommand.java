/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.Scope;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.BootedDeployment;
import io.github.coreosrelease.graph.client.ExplainRequest;
import io.github.coreosrelease.graph.client.RpmOstreeStatus;
import io.github.coreosrelease.graph.client.UpdateExplainer;
import io.github.coreosrelease.graph.client.UpdateExplanation;
import io.github.coreosrelease.graph.policy.Wariness;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code explain}: why a node does or does not update at one instant, and when it will (see {@link
 * UpdateExplainer}), for people ({@code text}) or tools ({@code json}).
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {
            "  coreos-release explain --releases releases.json --updates updates.json \\",
            "      --basearch x86_64 --status status.json --now 1734386400"
        },
        description = {
            "Explain why a node does or does not update now, and when each rollout reaches it.",
            "The graph is built from the documents, with the serving policy for the node at --now."
        })
final class ExplainCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    GraphSources sources;

    @Mixin
    BasearchOption basearch;

    @Option(
            names = "--oci",
            description = "The node asks for the OCI graph (implied by an OCI booted payload, which it must match).")
    boolean oci;

    @ArgGroup(exclusive = true, multiplicity = "1")
    BootedSource booted;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ClientWariness client;

    @Option(
            names = "--now",
            paramLabel = "EPOCH",
            description = "The instant to explain, in seconds since the epoch (default: now).")
    Long now;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    String format;

    /** Where the booted deployment comes from: exactly one of the two options. */
    static final class BootedSource {
        @Option(
                names = "--booted",
                required = true,
                paramLabel = "PAYLOAD",
                description = "The booted OSTree checksum or OCI digest pullspec.")
        String payload;

        @Option(
                names = "--status",
                required = true,
                paramLabel = "RPM_OSTREE_STATUS",
                description = "The output of rpm-ostree status --json (file, - or URL): booted payload, version"
                        + " and stream; the other deployments are deny-listed.")
        String status;
    }

    ExplainCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + format + "'");
        }
        basearch.requireNonEmpty();
        Inputs.requireStdinAtMostOnce(
                Arrays.asList(sources.releases, sources.updates, sources.payloadAliases, booted.status));
        double wariness = wariness();
        ExplainRequest.Builder request = ExplainRequest.builder().wariness(wariness);
        Optional<String> nodeStream = Optional.empty();
        Booted payload;
        if (booted.payload != null) {
            payload = bootedPayload();
        } else {
            BootedDeployment deployment = deployment();
            payload = deployment.booted();
            nodeStream = deployment.stream();
            request.bootedVersion(deployment.version()).denylist(deployment.denylistPayloads());
        }
        if (oci && !payload.oci()) {
            throw new UsageException("--oci: the node booted from " + payload.payload()
                    + " is OSTree-booted and asks for the checksum graph");
        }
        GraphSet graphs = sources.buildAll();
        if (nodeStream.isPresent() && !nodeStream.get().equals(graphs.stream())) {
            throw new InputException(
                    "the node follows stream " + nodeStream.get() + ", the documents are of stream " + graphs.stream()
                            + " (give --stream to explain it anyway)",
                    null);
        }
        CincinnatiGraph graph = basearch.graphIn(graphs, payload.oci());
        long at = now != null ? now : clock.instant().getEpochSecond();
        UpdateExplanation explanation =
                UpdateExplainer.explain(request.scope(Scope.of(graphs.stream(), basearch.value, payload.oci()))
                        .graph(graph)
                        .booted(payload)
                        .nowEpochSeconds(at)
                        .build());
        spec.commandLine()
                .getOut()
                .print(
                        format.equals("json")
                                ? ExplanationFormat.json(explanation) + "\n"
                                : ExplanationFormat.text(explanation));
        return 0;
    }

    private double wariness() {
        if (client == null) {
            return Wariness.resolve(Optional.empty(), Optional.empty());
        }
        return client.value();
    }

    private Booted bootedPayload() {
        try {
            return Booted.parse(booted.payload);
        } catch (InvalidValueException e) {
            throw new UsageException("--booted: " + e.getMessage());
        }
    }

    private BootedDeployment deployment() {
        byte[] bytes = sources.size.inputs().bytes(booted.status);
        try {
            return BootedDeployment.from(RpmOstreeStatus.read(bytes, sources.size.limits()));
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(booted.status, e), e);
        }
    }
}
