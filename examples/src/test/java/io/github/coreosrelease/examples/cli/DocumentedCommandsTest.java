/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.coreosrelease.schema.render.Graphviz;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every command of the {@code sh} blocks of README.md and docs/*.md, so that no documented
 * command can rot (issue 13). Each Markdown file runs in order in its own sandbox directory:
 *
 * <ul>
 *   <li>{@code java -jar examples/target/coreos-release.jar ...} and {@code $J ...} run the CLI in
 *       process, with relative and absolute file arguments moved into the sandbox (the bundled
 *       samples are copied there first); they must exit 0, or the code a trailing {@code # exit N}
 *       names;
 *   <li>{@code serve} without remote sources starts the server on a free port, and the file's
 *       {@code curl} lines ask it (they must get HTTP 200); with remote sources it is only parsed;
 *   <li>build, install and benchmark commands ({@code mvn}, {@code apt-get}, the benchmark jar and
 *       scripts) are recognised and left to CI, which runs them itself;
 *   <li>a fenced {@code text} or {@code json} block right after an {@code sh} block is the exact
 *       stdout of its commands.
 * </ul>
 *
 * Any other command fails the test: the documentation uses only what this runner checks.
 */
class DocumentedCommandsTest {
    private static final String CLI_JAR = "java -jar examples/target/coreos-release.jar ";
    private static final String SAMPLES = "examples/src/main/resources/io/github/coreosrelease/examples/samples";
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("(.*?)\\s+#\\s*exit\\s+(\\d+)");
    private static final Pattern PATH_LIKE = Pattern.compile("(/|\\.{0,2}/)?([\\w.-]+/)*[\\w.-]+\\.[a-z]{2,5}|.*/.*");
    private static final List<Pattern> LEFT_TO_CI = List.of(
            Pattern.compile("mvn( .*)?"),
            Pattern.compile("(sudo )?apt-get .*"),
            Pattern.compile("java -jar benchmarks/target/benchmarks\\.jar( .*)?"),
            Pattern.compile("benchmarks/[\\w-]+\\.sh( .*)?"),
            Pattern.compile("\\.ci/run"));

    @TempDir
    Path sandboxes;

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
        Path root = ProjectFiles.root();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> runAll(root, file)));
    }

    @org.junit.jupiter.api.Test
    void shellWordsExpandVariablesAndKeepQuotedSpaces() {
        DocShell.Line line = DocShell.parse(
                "graph --releases $S/releases.json --stream \"a b\" 'c $S' x\\ y > out.json", Map.of("S", "dir"));
        assertThat(line.words())
                .containsExactly("graph", "--releases", "dir/releases.json", "--stream", "a b", "c $S", "x y");
        assertThat(line.redirect()).isEqualTo("out.json");
    }

    @org.junit.jupiter.api.Test
    void shellSyntaxBeyondWordsAndOneRedirectIsRefused() {
        assertThat(catchMessage("graph | jq ."))
                .isEqualTo("shell syntax '|' is not supported in documented commands: graph | jq .");
        assertThat(catchMessage("graph $UNSET")).isEqualTo("variable $UNSET is not set before: graph $UNSET");
    }

    private static String catchMessage(String text) {
        try {
            DocShell.parse(text, Map.of());
            return "(parsed)";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void runAll(Path root, Path markdown) throws Exception {
        Path sandbox =
                Files.createDirectories(sandboxes.resolve(markdown.getFileName().toString()));
        copyTree(root.resolve(SAMPLES), sandbox.resolve(SAMPLES));
        Map<String, String> variables = new HashMap<>();
        ServeCommand.Running server = null;
        try {
            for (DocBlocks.Block block : DocBlocks.read(markdown)) {
                StringBuilder stdout = new StringBuilder();
                for (String logical : block.commands()) {
                    for (String command : andList(logical)) {
                        server = runOne(root, sandbox, block, command.strip(), variables, stdout, server);
                    }
                }
                if (block.expectedOutput().isPresent()) {
                    assertThat(stdout.toString())
                            .as("stdout of the commands at %s", block.where())
                            .isEqualTo(block.expectedOutput().get());
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The commands of an {@code a && b} list, in order. */
    private static List<String> andList(String logical) {
        List<String> commands = new ArrayList<>();
        int from = 0;
        for (int at = logical.indexOf(" && "); at >= 0; at = logical.indexOf(" && ", from)) {
            commands.add(logical.substring(from, at));
            from = at + 4;
        }
        commands.add(logical.substring(from));
        return commands;
    }

    private static ServeCommand.Running runOne(
            Path root,
            Path sandbox,
            DocBlocks.Block block,
            String command,
            Map<String, String> variables,
            StringBuilder stdout,
            ServeCommand.Running server)
            throws Exception {
        Matcher assignment = ASSIGNMENT.matcher(command);
        if (assignment.matches()) {
            List<String> value = DocShell.parse(assignment.group(2), variables).words();
            variables.put(assignment.group(1), String.join(" ", value));
            return server;
        }
        int expectedExit = 0;
        Matcher exit = EXPECTED_EXIT.matcher(command);
        if (exit.matches()) {
            command = exit.group(1);
            expectedExit = Integer.parseInt(exit.group(2));
        }
        String cli = command.startsWith("$J ") ? command.substring(3) : null;
        if (cli == null && command.startsWith(CLI_JAR)) {
            cli = command.substring(CLI_JAR.length());
        }
        if (cli != null) {
            DocShell.Line line = DocShell.parse(cli, variables);
            if (!line.words().isEmpty() && line.words().get(0).equals("serve")) {
                return serve(block, line.words(), server);
            }
            runCli(root, sandbox, block, line, expectedExit, stdout);
            return server;
        }
        if (command.startsWith("curl ")) {
            curl(block, DocShell.parse(command, variables).words(), server, stdout);
            return server;
        }
        String external = command;
        if (LEFT_TO_CI.stream().anyMatch(p -> p.matcher(external).matches())) {
            return server;
        }
        return fail("%s: the documentation runner does not know this command: %s", block.where(), command);
    }

    private static void runCli(
            Path root, Path sandbox, DocBlocks.Block block, DocShell.Line line, int expectedExit, StringBuilder stdout)
            throws IOException {
        List<String> args = new ArrayList<>();
        for (String word : line.words()) {
            args.add(word.startsWith("-") ? word : intoSandbox(root, sandbox, word));
        }
        if (needsGraphviz(args) && !Graphviz.onPath().isAvailable()) {
            return; // CI installs Graphviz; a developer machine without it skips only this command
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err), Clock.systemUTC());
        assertThat(code)
                .as("exit code of %s at %s; stderr: %s", line.words(), block.where(), err)
                .isEqualTo(expectedExit);
        if (line.redirect() != null) {
            Path target = Path.of(intoSandbox(root, sandbox, line.redirect()));
            Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        } else {
            stdout.append(out);
        }
    }

    private static boolean needsGraphviz(List<String> args) {
        return args.get(0).equals("render") && (args.contains("png") || args.contains("svg"));
    }

    /** Moves a file argument into the sandbox; inputs that exist in the project are copied there. */
    private static String intoSandbox(Path root, Path sandbox, String word) throws IOException {
        if (word.contains(":")
                || word.contains("@")
                || word.contains("=")
                || !PATH_LIKE.matcher(word).matches()) {
            return word;
        }
        if (word.contains("..")) {
            throw new IllegalArgumentException("documented paths stay inside the project: " + word);
        }
        String relative = word.startsWith("/") ? word.substring(1) : word;
        Path inSandbox = sandbox.resolve(relative);
        Files.createDirectories(inSandbox.getParent());
        Path inProject = root.resolve(relative);
        if (!Files.exists(inSandbox) && !word.startsWith("/") && Files.isRegularFile(inProject)) {
            Files.copy(inProject, inSandbox);
        }
        return inSandbox.toString();
    }

    private static ServeCommand.Running serve(DocBlocks.Block block, List<String> words, ServeCommand.Running server) {
        ServeCommand command = new ServeCommand();
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        new CommandLine(command).parseArgs(args.toArray(new String[0]));
        if (args.stream().anyMatch(a -> a.contains("://"))) {
            return server; // remote sources: parsing is all a test without network can check
        }
        if (server != null) {
            return server;
        }
        args.add("--port");
        args.add("0");
        ServeCommand local = new ServeCommand();
        new CommandLine(local).parseArgs(args.toArray(new String[0]));
        ServeCommand.Running running = local.start(Clock.systemUTC());
        assertThat(running.service().isReady())
                .as("server of %s is ready", block.where())
                .isTrue();
        return running;
    }

    private static void curl(DocBlocks.Block block, List<String> words, ServeCommand.Running server, StringBuilder out)
            throws IOException, InterruptedException {
        String url = words.get(words.size() - 1);
        if (server == null || !url.startsWith("http://127.0.0.1:8080/")) {
            fail(
                    "%s: curl needs a documented local `serve` before it and a 127.0.0.1:8080 URL: %s",
                    block.where(), url);
            return;
        }
        URI actual = server.server().uri().resolve(url.substring("http://127.0.0.1:8080/".length()));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(actual)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("status of %s at %s: %s", url, block.where(), response.body())
                .isEqualTo(200);
        out.append(response.body()).append('\n');
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
