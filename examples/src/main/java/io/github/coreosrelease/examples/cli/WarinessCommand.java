/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.graph.policy.Wariness;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wariness}: the rollout wariness the graph service derives from a node UUID (SPEC §2.3). */
@Command(
        name = "wariness",
        mixinStandardHelpOptions = true,
        description = "Print the rollout wariness the graph service derives from a node UUID.")
final class WarinessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--node-uuid", required = true, paramLabel = "UUID", description = "The node UUID, as sent.")
    String nodeUuid;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Wariness.fromNodeUuid(nodeUuid));
        return 0;
    }
}
