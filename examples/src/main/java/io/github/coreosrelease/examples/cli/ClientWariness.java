/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.graph.policy.Wariness;
import picocli.CommandLine.Option;

/**
 * The client's wariness options, one of them, shared by the commands that apply the serving policy
 * for a node ({@code graph}, {@code explain}).
 */
final class ClientWariness {
    @Option(
            names = "--wariness",
            required = true,
            paramLabel = "W",
            description = "The client's rollout_wariness, clamped to [0, 1].")
    String wariness;

    @Option(
            names = "--node-uuid",
            required = true,
            paramLabel = "UUID",
            description = "The client's node_uuid, from which the server derives the wariness.")
    String nodeUuid;

    /**
     * The wariness: the stated one, clamped, or the one the server derives from the UUID.
     *
     * @return the wariness in [0, 1]
     * @throws UsageException if {@code --wariness} is not a number
     */
    double value() {
        if (wariness != null) {
            return Wariness.parseRolloutWariness(wariness)
                    .map(Wariness::clamp)
                    .orElseThrow(() ->
                            new UsageException("--wariness must be a number such as 0.5, got '" + wariness + "'"));
        }
        return Wariness.fromNodeUuid(nodeUuid);
    }
}
