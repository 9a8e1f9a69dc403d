/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} on 127.0.0.1 and a free port, as a JVM process of its own started from the test's
 * class path, with its stderr in a file; the URL it prints first tells where it listens.
 */
final class ServeProcess implements AutoCloseable {
    final Process process;
    final String url;

    private ServeProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts {@code serve} and waits (at most a minute) for the URL it prints.
     *
     * @param stderr where the process's stderr goes
     * @param options further options of {@code serve}
     * @return the running process
     * @throws Exception if it does not start
     */
    static ServeProcess start(Path stderr, String... options) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of("--port", "0", "--bind", "127.0.0.1"));
        command.addAll(List.of(options));
        Process process =
                new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String url = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
            return new ServeProcess(process, url);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * The port the server listens on.
     *
     * @return the port of {@link #url}
     */
    int port() {
        return Integer.parseInt(url.substring("http://127.0.0.1:".length(), url.indexOf("/v1/")));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
