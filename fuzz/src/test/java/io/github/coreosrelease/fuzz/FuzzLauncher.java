/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz target through JUnit in this JVM, as {@code mvn test -Dtest=Class#method} would,
 * without starting Maven: {@code .ci/fuzz} builds the module once and starts one JVM per target
 * (Jazzer fuzzes one target per JVM). With {@code JAZZER_FUZZ=1} the target is fuzzed, otherwise
 * its seeds and kept findings run. The configuration comes from system properties ({@code
 * -Djazzer.max_duration=30s}) and {@code junit-platform.properties}, as under Maven.
 */
final class FuzzLauncher {
    private FuzzLauncher() {}

    /**
     * Runs the target and exits 0 when it passed, 1 when it failed or was not found.
     *
     * @param args one target, {@code Class#method} of this package
     */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("usage: FuzzLauncher Class#method");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(FuzzLauncher.class.getPackageName() + "." + args[0] + "(byte[])"))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        summary.printTo(out);
        summary.printFailuresTo(out, 40);
        boolean passed = summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0;
        System.exit(passed ? 0 : 1);
    }
}
