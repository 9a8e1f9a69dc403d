/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.graph.generate.GeneratedStream;
import io.github.coreosrelease.graph.generate.GeneratorOptions;
import io.github.coreosrelease.graph.generate.RolloutPlacement;
import io.github.coreosrelease.graph.generate.StreamGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes a synthetic {@code releases.json} and {@code updates.json} of any size
 * for load tests ({@link StreamGenerator}), deterministic for a seed. Prints the written paths.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description =
                "Write a synthetic DIR/releases.json and DIR/updates.json for load tests (same seed, same bytes).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--releases", required = true, paramLabel = "N", description = "Releases in the index.")
    int releases;

    @Option(
            names = "--arches",
            split = ",",
            paramLabel = "ARCH",
            description = "Architectures of every release (default: x86_64,aarch64,ppc64le,s390x).")
    List<String> arches = GeneratorOptions.DEFAULT_ARCHITECTURES;

    @Option(
            names = "--barrier-every",
            paramLabel = "K",
            description = "A barrier every K releases, 0 for none (default: ${DEFAULT-VALUE}).")
    int barrierEvery = 20;

    @Option(
            names = "--deadend-every",
            paramLabel = "D",
            description = "A dead-end every D releases, 0 for none (default: ${DEFAULT-VALUE}).")
    int deadendEvery;

    @Option(
            names = "--rollouts",
            paramLabel = "all|last",
            description = "Rollouts on every release or on the newest only (default: all).")
    String rollouts = "all";

    @Option(
            names = "--oci-from",
            paramLabel = "FRACTION",
            description = "OCI images from this share of the releases on, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double ociFrom = 0.5;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of checksums, digests, rollouts (default: 1).")
    long seed = 1;

    @Option(
            names = "--stream",
            paramLabel = "NAME",
            description = "Stream name in both documents (default: synthetic).")
    String stream = "synthetic";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output directory.")
    Path out;

    @Override
    public Integer call() {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.builder()
                    .releases(releases)
                    .architectures(arches)
                    .barrierEvery(barrierEvery)
                    .deadendEvery(deadendEvery)
                    .rollouts(placement(rollouts))
                    .ociFrom(ociFrom)
                    .seed(seed)
                    .stream(stream)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GeneratedStream generated = StreamGenerator.generate(options);
        for (Path written : generated.writeTo(out)) {
            spec.commandLine().getOut().println(written);
        }
        return 0;
    }

    private static RolloutPlacement placement(String name) {
        return switch (name) {
            case "all" -> RolloutPlacement.ALL;
            case "last" -> RolloutPlacement.LAST;
            default -> throw new UsageException("--rollouts must be all or last, got '" + name + "'");
        };
    }
}
