/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the reference builder's {@code refbench bench} (see {@code ../shared/reference-builder}) on
 * a pair of documents and reads its per-iteration times: one whole refresh each (parse both
 * documents, build the 8 graphs, serialize each).
 */
final class ReferenceBench {
    /** {@code iteration 3: 0.198 ms (parse ...}, as refbench prints one refresh. */
    private static final Pattern ITERATION = Pattern.compile("^iteration \\d+: ([0-9.]+) ms");

    private final Path binary;

    ReferenceBench(Path binary) {
        this.binary = binary;
    }

    /**
     * Times refreshes in one process of the reference.
     *
     * @return the time of each refresh, in milliseconds
     */
    List<Double> run(Path releases, Path updates, String stream, int iterations) {
        ProcessBuilder command = new ProcessBuilder(
                        binary.toString(),
                        "bench",
                        "--releases",
                        releases.toString(),
                        "--updates",
                        updates.toString(),
                        "--stream",
                        stream,
                        "--iterations",
                        Integer.toString(iterations))
                .redirectErrorStream(true);
        List<Double> millis = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try {
            Process process = command.start();
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    Matcher matcher = ITERATION.matcher(line);
                    if (matcher.find()) {
                        millis.add(Double.parseDouble(matcher.group(1)));
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || millis.size() != iterations) {
                throw new IllegalStateException("refbench exited " + exit + " after " + millis.size() + " of "
                        + iterations + " iterations:\n" + String.join("\n", output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while refbench ran", e);
        }
        return millis;
    }
}
