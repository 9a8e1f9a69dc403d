/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render;

import io.github.coreosrelease.schema.render.internal.DotProcess;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns DOT text into SVG or PNG with the Graphviz {@code dot} program, which must be installed
 * (Debian/Ubuntu: {@code apt-get install graphviz}; Fedora: {@code dnf install graphviz}). The
 * program runs as a separate process, bounded in time ({@link #DEFAULT_TIMEOUT} unless changed) and
 * output size.
 *
 * <pre>{@code
 * byte[] png = Graphviz.onPath().render(GraphRenderer.dot(graph, "stable x86_64"), ImageFormat.PNG);
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; each render starts a new process.
 */
public final class Graphviz {
    /** How long {@code dot} may run by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The most output accepted from {@code dot}. */
    public static final long MAX_OUTPUT_BYTES = 256L * 1024 * 1024;

    /** What to tell a user whose system lacks Graphviz. */
    public static final String INSTALL_HINT = "install Graphviz (Debian/Ubuntu: apt-get install graphviz;"
            + " Fedora: dnf install graphviz; macOS: brew install graphviz), or render to dot or mermaid text instead";

    private static final String PROGRAM = "dot";

    private final Optional<Path> executable;
    private final String searched;
    private final Duration timeout;

    private Graphviz(Optional<Path> executable, String searched, Duration timeout) {
        this.executable = executable;
        this.searched = searched;
        this.timeout = timeout;
    }

    /**
     * The {@code dot} program found on the {@code PATH} of this process.
     *
     * @return the renderer; {@link #isAvailable()} says whether {@code dot} was found
     */
    public static Graphviz onPath() {
        return onPath(Optional.ofNullable(System.getenv("PATH")).orElse(""));
    }

    /**
     * The {@code dot} program found on a search path.
     *
     * @param searchPath directories separated by the platform's path separator, like {@code PATH}
     * @return the renderer; {@link #isAvailable()} says whether {@code dot} was found
     */
    public static Graphviz onPath(String searchPath) {
        Optional<Path> found = Optional.empty();
        for (String directory : searchPath.split(File.pathSeparator, -1)) {
            if (directory.isEmpty()) {
                continue;
            }
            try {
                Path candidate = Path.of(directory, PROGRAM);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    found = Optional.of(candidate);
                    break;
                }
            } catch (InvalidPathException e) {
                // A malformed PATH entry names no program; look at the next one.
            }
        }
        return new Graphviz(found, "on the search path", DEFAULT_TIMEOUT);
    }

    /**
     * A given {@code dot} program.
     *
     * @param executable the program's path
     * @return the renderer; {@link #isAvailable()} says whether the file is an executable
     */
    public static Graphviz at(Path executable) {
        Objects.requireNonNull(executable, "executable");
        Optional<Path> found = Files.isRegularFile(executable) && Files.isExecutable(executable)
                ? Optional.of(executable)
                : Optional.empty();
        return new Graphviz(found, "at " + executable, DEFAULT_TIMEOUT);
    }

    /**
     * The same renderer with another time limit.
     *
     * @param newTimeout how long {@code dot} may run, positive
     * @return the renderer
     */
    public Graphviz withTimeout(Duration newTimeout) {
        Objects.requireNonNull(newTimeout, "timeout");
        if (newTimeout.isNegative() || newTimeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + newTimeout);
        }
        return new Graphviz(executable, searched, newTimeout);
    }

    /**
     * The {@code dot} program that will run.
     *
     * @return its path, or empty when it was not found
     */
    public Optional<Path> executable() {
        return executable;
    }

    /**
     * Whether the {@code dot} program was found.
     *
     * @return {@code true} when {@link #render} can run it
     */
    public boolean isAvailable() {
        return executable.isPresent();
    }

    /**
     * Renders DOT text to a picture.
     *
     * @param dot the DOT text, e.g. from {@link GraphRenderer#dot}
     * @param format the picture format
     * @return the picture's bytes
     * @throws RenderException if {@code dot} is not installed (the message says how to install it),
     *     fails, runs longer than the time limit or writes more than {@link #MAX_OUTPUT_BYTES}
     */
    public byte[] render(String dot, ImageFormat format) {
        Objects.requireNonNull(dot, "dot");
        Objects.requireNonNull(format, "format");
        Path program = executable.orElseThrow(() -> new RenderException(
                "the Graphviz program '" + PROGRAM + "' was not found " + searched + "; " + INSTALL_HINT, null));
        return DotProcess.run(program, format.graphvizName(), dot, timeout, MAX_OUTPUT_BYTES);
    }
}
