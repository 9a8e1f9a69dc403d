/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** {@code --help} of every command shows an example that the command accepts; {@code --version}. */
class CliHelpTest {
    /** An example: the command line, inside {@code source <(...)} or before one {@code > FILE}. */
    private static final Pattern EXAMPLE =
            Pattern.compile("  (?:source <\\()?coreos-release((?: [^ >)]+)*)\\)?(?: > [\\w.-]+)?");

    @TestFactory
    Stream<DynamicTest> everyCommandHasAnExampleThatParsesToThatCommand() {
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(Clock.systemUTC()), commands);
        assertThat(commands).hasSizeGreaterThan(20);
        return commands.stream()
                .map(command -> DynamicTest.dynamicTest(command.getCommandSpec().qualifiedName(), () -> {
                    String help = command.getUsageMessage();
                    String[] footer = command.getCommandSpec().usageMessage().footer();
                    assertThat(help).containsPattern("\nExamples?:\n");
                    assertThat(footer).isNotEmpty();
                    for (String line : footer) {
                        assertThat(line)
                                .as("a line of the help that needs no wrapping")
                                .hasSizeLessThan(80);
                        assertThat(help).contains(line);
                    }
                    for (String example : examples(footer)) {
                        Matcher matcher = EXAMPLE.matcher(example);
                        assertThat(matcher.matches())
                                .as("example shape: %s", example)
                                .isTrue();
                        String[] args = matcher.group(1).strip().split(" ");
                        ParseResult parsed = Main.commandLine(Clock.systemUTC()).parseArgs(args);
                        // a command group's example runs one of its subcommands
                        assertThat(deepest(parsed).commandSpec().qualifiedName())
                                .as("the command of %s", example)
                                .startsWith(command.getCommandSpec().qualifiedName());
                    }
                }));
    }

    /** The footer's examples, each continued over the lines that end with a backslash. */
    private static List<String> examples(String[] footer) {
        List<String> examples = new ArrayList<>();
        StringBuilder example = new StringBuilder();
        for (String line : footer) {
            boolean continued = line.endsWith(" \\");
            String text = continued ? line.substring(0, line.length() - 2) : line;
            example.append(example.length() == 0 ? text : " " + text.strip());
            if (!continued) {
                examples.add(example.toString());
                example.setLength(0);
            }
        }
        assertThat(example).as("the last example ends").isEmpty();
        return examples;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static ParseResult deepest(ParseResult result) {
        ParseResult at = result;
        while (at.hasSubcommand()) {
            at = at.subcommand();
        }
        return at;
    }

    @Test
    void versionIsTheLibraryVersionTheBuildWasMadeFrom() {
        CliRun run = CliRun.run("--version");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("coreos-release " + System.getProperty("coreos.version") + "\n");
        assertThat(System.getProperty("coreos.version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void completionScriptCompletesEveryCommand() {
        CliRun run = CliRun.run("generate-completion");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
                .startsWith("#!/usr/bin/env bash\n")
                .contains("\ncomplete -F _complete_coreos-release -o default coreos-release coreos-release.sh"
                        + " coreos-release.bash\n")
                .contains(
                        "\n  local commands=\"fmt inspect graph export generate next-update explain wariness rollout-plan oscontainer"
                                + " release-meta release-index stream-meta validate lint render diff serve"
                                + " generate-completion\"\n")
                .contains("\n  local cmds21=(release-index add)\n");
    }

    @Test
    void rootHelpListsTheCompletionCommand() {
        CliRun run = CliRun.run("--help");

        assertThat(run.out)
                .contains("\n  generate-completion  Generate bash/zsh completion script for coreos-release.\n");
    }
}
