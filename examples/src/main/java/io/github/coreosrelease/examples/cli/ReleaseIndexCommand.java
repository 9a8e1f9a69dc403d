/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code release-index}: changes a stream's release index (SPEC §4.2). */
@Command(
        name = "release-index",
        mixinStandardHelpOptions = true,
        description = "Change a stream's release index (releases.json).",
        subcommands = {ReleaseIndexAddCommand.class})
final class ReleaseIndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add");
    }
}
