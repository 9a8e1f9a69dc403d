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

/** {@code oscontainer}: the container image entries of a meta.json (SPEC §1.2). */
@Command(
        name = "oscontainer",
        mixinStandardHelpOptions = true,
        description = "Inspect and migrate the container image entries of a meta.json.",
        subcommands = {OscontainerShowCommand.class, OscontainerMigrateCommand.class})
final class OscontainerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: show or migrate");
    }
}
