/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.CoreosReleaseException;
import io.github.coreosrelease.core.internal.Shortened;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code coreos-release} command line. Conventions for every command: stdout carries only the
 * result, logs go to stderr; an error is one line starting {@code error:} on stderr (a stack trace
 * only with {@code --verbose}); exit 0 on success, 1 on invalid input or a refused operation, 2 on
 * a usage error; a file argument may be {@code -} for standard input.
 */
@Command(
        name = "coreos-release",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  coreos-release inspect releases.json",
            "  coreos-release serve --port 8080",
            "  coreos-release generate-completion > coreos-release.bash"
        },
        versionProvider = Main.Version.class,
        description = "Tools for the Fedora CoreOS release and update pipeline.",
        subcommands = {
            FmtCommand.class,
            InspectCommand.class,
            GraphCommand.class,
            ExportCommand.class,
            GenerateCommand.class,
            NextUpdateCommand.class,
            ExplainCommand.class,
            WarinessCommand.class,
            RolloutPlanCommand.class,
            OscontainerCommand.class,
            ReleaseMetaCommand.class,
            ReleaseIndexCommand.class,
            StreamMetaCommand.class,
            ValidateCommand.class,
            LintCommand.class,
            RenderCommand.class,
            DiffCommand.class,
            ServeCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class Main {
    /** Exit code for invalid input or a refused operation. */
    public static final int EXIT_INVALID = 1;

    /** Exit code for a usage error. */
    public static final int EXIT_USAGE = 2;

    /**
     * Error lines longer than this keep their start and end: a message that quotes an argument or
     * a value of megabytes still prints as one readable line.
     */
    static final int MAX_ERROR_CHARS = 600;

    /** The one line printed instead of a stack trace when the input does not fit in the heap. */
    static final String OUT_OF_MEMORY = "error: out of memory: the input needs more heap than this JVM has"
            + " (raise it with -Xmx, e.g. java -Xmx2g)";

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    /**
     * The root command object, with {@code --verbose} off until picocli parses a command line into
     * it. {@link #run(String[], PrintWriter, PrintWriter)} makes a fresh one for every invocation;
     * call that rather than wiring this object into picocli by hand.
     */
    public Main() {}

    /**
     * Runs the CLI and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Text goes out in the platform's encoding, as from any console program.
        Charset charset = Charset.defaultCharset();
        System.exit(run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true)));
    }

    /**
     * Runs the CLI without exiting, for tests and embedding.
     *
     * @param args the command line
     * @param out where results go
     * @param err where errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /**
     * Runs the CLI without exiting, with a given clock for commands that need the current time.
     *
     * @param args the command line
     * @param out where results go
     * @param err where errors go
     * @param clock the source of "now"
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine cli = commandLine(clock);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // What is left of the heap once the input is unreachable is enough for one line.
            err.println(OUT_OF_MEMORY);
            return EXIT_INVALID;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The configured picocli command line.
     *
     * @param clock the source of "now", given to the commands that need it
     * @return a new command line
     */
    static CommandLine commandLine(Clock clock) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main, new Factory(clock));
        // picocli hides its completion command; this CLI lists it, with an example like every command.
        cli.getSubcommands()
                .get("generate-completion")
                .getCommandSpec()
                .usageMessage()
                .hidden(false)
                .footerHeading("%nExample:%n")
                .footer("  source <(coreos-release generate-completion)");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean usage = e instanceof UsageException;
            err.println("error: " + Shortened.text(describe(e), MAX_ERROR_CHARS));
            if (main.verbose) {
                e.printStackTrace(err);
            }
            return usage ? EXIT_USAGE : EXIT_INVALID;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + Shortened.text(e.getMessage(), MAX_ERROR_CHARS));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        return cli;
    }

    private static String describe(Exception e) {
        if (e instanceof CoreosReleaseException || e instanceof UsageException || e instanceof InputException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Creates commands, handing the clock to those that read the time. */
    private static final class Factory implements CommandLine.IFactory {
        private final Clock clock;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Clock clock) {
            this.clock = clock;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GraphCommand.class) {
                return cls.cast(new GraphCommand(clock));
            }
            if (cls == ExplainCommand.class) {
                return cls.cast(new ExplainCommand(clock));
            }
            if (cls == LintCommand.class) {
                return cls.cast(new LintCommand(clock));
            }
            if (cls == RenderCommand.class) {
                return cls.cast(new RenderCommand(clock));
            }
            return fallback.create(cls);
        }
    }

    /**
     * Prints the version of the coreos-release libraries the CLI is built from, which the build writes
     * into a resource (so it is right in tests and IDEs too, where no jar manifest exists).
     */
    static final class Version implements CommandLine.IVersionProvider {
        static final String RESOURCE = "version.properties";

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("resource " + RESOURCE + " missing next to " + Main.class.getName());
                }
                properties.load(in);
            }
            return new String[] {"coreos-release " + properties.getProperty("version")};
        }
    }
}
