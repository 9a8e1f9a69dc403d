/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render.internal;

import io.github.coreosrelease.schema.render.RenderException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Graphviz {@code dot} program once: DOT text on its standard input, the picture from its
 * standard output, within a time limit and an output size limit. The process is killed when either
 * is exceeded.
 */
public final class DotProcess {
    /** Keeps a little of the error output for the message. */
    private static final long MAX_ERROR_BYTES = 64 * 1024;

    private DotProcess() {}

    /**
     * Renders DOT text.
     *
     * @param executable the {@code dot} program
     * @param format the Graphviz output format name, e.g. {@code svg}
     * @param dot the DOT text
     * @param timeout how long the program may run
     * @param maxOutputBytes the most output accepted
     * @return the program's standard output
     * @throws RenderException if the program cannot start, fails, times out or writes too much
     */
    public static byte[] run(Path executable, String format, String dot, Duration timeout, long maxOutputBytes) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(executable.toString(), "-T" + format)).start();
        } catch (IOException e) {
            throw new RenderException(
                    "cannot run the Graphviz program " + executable + ": " + e.getMessage() + "; "
                            + io.github.coreosrelease.schema.render.Graphviz.INSTALL_HINT,
                    e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        BoundedCapture out = new BoundedCapture("dot stdout", process.getInputStream(), maxOutputBytes);
        BoundedCapture err = new BoundedCapture("dot stderr", process.getErrorStream(), MAX_ERROR_BYTES);
        try {
            writeInput(process, dot);
            boolean finished = process.waitFor(remainingMillis(deadline), TimeUnit.MILLISECONDS)
                    && out.await(remainingMillis(deadline))
                    && err.await(remainingMillis(deadline));
            if (!finished) {
                throw new RenderException(
                        "the Graphviz program " + executable + " did not finish within " + describe(timeout)
                                + "; the graph may be too large to draw, try --format dot or mermaid",
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for the Graphviz program " + executable, e);
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0) {
            throw new RenderException(
                    "the Graphviz program " + executable + " failed with exit code " + process.exitValue()
                            + firstLine(err.bytes()),
                    null);
        }
        if (out.overflowed()) {
            throw new RenderException(
                    "the Graphviz program " + executable + " wrote more than " + maxOutputBytes + " bytes", null);
        }
        if (out.failure() != null) {
            throw new RenderException(
                    "cannot read the output of the Graphviz program " + executable + ": "
                            + out.failure().getMessage(),
                    out.failure());
        }
        return out.bytes();
    }

    /** Writes the input; a program that exits early closes the pipe, which its exit code explains. */
    private static void writeInput(Process process, String dot) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Broken pipe: the exit status and error output say why.
        }
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static long remainingMillis(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private static String firstLine(byte[] error) {
        String text = new String(error, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        int end = text.indexOf('\n');
        return ": " + (end < 0 ? text : text.substring(0, end).strip());
    }
}
