/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.graph.GraphSet;
import picocli.CommandLine.Option;

/**
 * {@code --basearch ARCH}, mixed into the commands that work on one architecture's graph ({@code
 * graph}, {@code explain}, {@code render}, {@code diff}).
 */
final class BasearchOption {
    @Option(names = "--basearch", required = true, paramLabel = "ARCH", description = "The architecture, e.g. x86_64.")
    String value;

    /**
     * Refuses an empty architecture, before any document is read.
     *
     * @throws UsageException if {@code --basearch} is empty
     */
    void requireNonEmpty() {
        if (value.isEmpty()) {
            throw new UsageException("--basearch must not be empty");
        }
    }

    /**
     * This architecture's graph of one scheme.
     *
     * @param graphs every graph of the stream
     * @param oci the OCI graph rather than the checksum graph
     * @return the graph
     * @throws InputException naming the known architectures if the set has none of this one
     */
    CincinnatiGraph graphIn(GraphSet graphs, boolean oci) {
        return graphs.graph(value, oci)
                .orElseThrow(() -> new InputException(
                        "unknown basearch \"" + value + "\": known are " + String.join(", ", graphs.architectures()),
                        null));
    }
}
