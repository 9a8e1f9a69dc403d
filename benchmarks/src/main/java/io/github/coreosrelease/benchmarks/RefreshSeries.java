/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Times refreshes of one stream one by one in this JVM and prints, for each, its wall time and the
 * refreshing thread's CPU time beside the collector's pauses and the compilation time that fell
 * within it, so that a spread of timings
 * can be traced to its cause (issue 11 target 5: is the 3,000-release point bimodal because of
 * GC, heap sizing or the JIT?). Run it in several fresh JVMs to see the JIT's run-to-run choices.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.coreosrelease.benchmarks.RefreshSeries \
 *     DIR/releases.json DIR/updates.json 60
 * </pre>
 */
public final class RefreshSeries {
    private RefreshSeries() {}

    /**
     * Runs the series.
     *
     * @param args the release index file, the updates file, the number of refreshes
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("expected RELEASES UPDATES COUNT");
        }
        RefreshBenchmark refresh = new RefreshBenchmark();
        refresh.index = args[0];
        refresh.updates = args[1];
        refresh.prepareFloor = false;
        refresh.load();
        int count = Integer.parseInt(args[2]);
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        var compilation = ManagementFactory.getCompilationMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.println("refresh\tms\tcpu_ms\tgc_count\tgc_ms\tjit_ms\tallocated_mb\theap_committed_mb");
        for (int i = 1; i <= count; i++) {
            long gcCount = 0;
            long gcMillis = 0;
            for (GarbageCollectorMXBean collector : collectors) {
                gcCount -= collector.getCollectionCount();
                gcMillis -= collector.getCollectionTime();
            }
            long jit = compilation.getTotalCompilationTime();
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long size = refresh.refresh();
            double millis = (System.nanoTime() - start) / 1e6;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
            for (GarbageCollectorMXBean collector : collectors) {
                gcCount += collector.getCollectionCount();
                gcMillis += collector.getCollectionTime();
            }
            if (size <= 0) {
                throw new IllegalStateException("no bodies");
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d\t%.2f\t%.2f\t%d\t%d\t%d\t%.1f\t%d%n",
                    i,
                    millis,
                    cpuMillis,
                    gcCount,
                    gcMillis,
                    compilation.getTotalCompilationTime() - jit,
                    allocated / 1e6,
                    Runtime.getRuntime().totalMemory() >> 20);
        }
    }
}
