/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A separate process for {@link ReleaseIndexConcurrentAddTest}: runs {@code release-index add
 * --write} of each given release.json into one index, on several threads. It prints {@code ready}
 * and waits for a line on standard input before it starts, so that the test can start several
 * workers at the same moment, then prints {@code added <release.json>} for every add that exited 0.
 */
public final class ReleaseIndexAddWorker {
    private ReleaseIndexAddWorker() {}

    /**
     * Runs the worker.
     *
     * @param args the index path, the number of threads, then the release.json paths
     * @throws Exception if standard input fails or a thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        String index = args[0];
        int threads = Integer.parseInt(args[1]);
        List<String> releases = List.of(args).subList(2, args.length);
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (in.readLine() == null) {
            throw new IllegalStateException("standard input closed before the start signal");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> results = new ArrayList<>();
        for (String release : releases) {
            results.add(pool.submit(() -> add(index, release)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the adds did not finish in two minutes");
        }
        for (Future<String> result : results) {
            System.out.println(result.get());
        }
        System.out.flush();
    }

    private static String add(String index, String release) throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {"release-index", "add", "--index", index, "--release", release, "--now", "0", "--write"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        return code == 0
                ? "added " + release
                : "failed " + release + " (exit " + code + "): "
                        + err.toString().strip();
    }
}
