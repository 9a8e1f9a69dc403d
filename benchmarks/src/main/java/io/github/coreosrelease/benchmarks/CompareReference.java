/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.benchmarks;

import io.github.coreosrelease.graph.GraphSet;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Times a whole refresh of ours against the reference builder's on the same files in the same
 * run, with the JSON floor beside it, and prints the side-by-side tables (see {@code
 * benchmarks/compare-reference.sh}, which generates the files and builds the reference).
 *
 * <p>The machine is shared, so the sides are interleaved: each round runs ours, then one process
 * of the reference, then the floor, each for about the round's time budget; the table gives the
 * median over every refresh of every round. Ours runs warm, in this JVM, as in a server that
 * refreshes every interval.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.coreosrelease.benchmarks.CompareReference \
 *     --refbench BIN --case 1000=DIR/releases.json,DIR/updates.json --ours-only 100000=...
 * </pre>
 */
public final class CompareReference {
    private final List<Case> cases = new ArrayList<>();
    private final List<String[]> ratios = new ArrayList<>();
    private Optional<ReferenceBench> reference = Optional.empty();
    private int rounds = 5;
    private long budgetMillis = 1000;
    private long warmupMillis = 3000;
    private boolean floor = true;

    private CompareReference() {}

    /**
     * Runs the comparison.
     *
     * @param args {@code [--refbench BIN] [--rounds N] [--budget-ms MS] [--warmup-ms MS] [--floor
     *     yes|no] (--case|--ours-only) LABEL=RELEASES,UPDATES ... [--ratio LABEL/LABEL ...]}; {@code
     *     --floor no} neither prepares nor times the floor, whose prepared trees alone take more
     *     than a gigabyte at 100,000 releases, so that ours can be measured within {@code -Xmx1g}
     * @throws Exception if a file cannot be read or the reference fails
     */
    public static void main(String[] args) throws Exception {
        CompareReference compare = new CompareReference();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--refbench" -> compare.reference = Optional.of(new ReferenceBench(Path.of(value)));
                case "--rounds" -> compare.rounds = Integer.parseInt(value);
                case "--budget-ms" -> compare.budgetMillis = Long.parseLong(value);
                case "--warmup-ms" -> compare.warmupMillis = Long.parseLong(value);
                case "--floor" -> compare.floor = yesOrNo(value);
                case "--case" -> compare.cases.add(Case.parse(value, true));
                case "--ours-only" -> compare.cases.add(Case.parse(value, false));
                case "--ratio" -> compare.ratios.add(value.split("/", 2));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (compare.cases.isEmpty()) {
            throw new IllegalArgumentException("give at least one --case LABEL=RELEASES,UPDATES");
        }
        compare.run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    private static boolean yesOrNo(String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("--floor: expected yes or no, got " + value);
        };
    }

    private void run(PrintStream out) throws Exception {
        out.printf(
                Locale.ROOT,
                "%s | %d cores, load average %.2f | %s %s | max heap %d MB | %d rounds, %d ms per side per round%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                rounds,
                budgetMillis);
        for (Case c : cases) {
            measure(c);
        }
        out.println("| releases | reference ms | ours ms | reference / ours | JSON floor ms | ours / floor |"
                + " ours min-max ms |");
        out.println("|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.2f | %s | %s | %s | %.2f-%.2f |%n",
                    c.label,
                    c.reference.count() == 0 ? "-" : format(c.reference.median()),
                    c.ours.median(),
                    c.reference.count() == 0 ? "-" : format(c.reference.median() / c.ours.median()) + "x",
                    c.floor.count() == 0 ? "-" : format(c.floor.median()),
                    c.floor.count() == 0 ? "-" : format(c.ours.median() / c.floor.median()),
                    c.ours.min(),
                    c.ours.max());
        }
        out.println();
        out.println("| releases | nodes | edges | allocated MB per refresh | retained heap MB (graphs)"
                + " | bytes per node | bytes per edge | bodies MB (off heap) |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            RefreshMemory m = c.memory;
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.0f | %.1f | %.1f |%n",
                    c.label,
                    m.nodes(),
                    m.edges(),
                    c.allocatedBytes / 1e6,
                    m.retainedBytes() / 1e6,
                    m.bytesPerNode(),
                    m.bytesPerEdge(),
                    m.bodyBytes() / 1e6);
        }
        for (String[] ratio : ratios) {
            Case numerator = find(ratio[0]);
            Case denominator = find(ratio[1]);
            out.printf(
                    Locale.ROOT,
                    "%nours(%s) / ours(%s) = %.2f%n",
                    numerator.label,
                    denominator.label,
                    numerator.ours.median() / denominator.ours.median());
        }
    }

    private void measure(Case c) throws Exception {
        System.err.printf("== %s: %s, %s%n", c.label, c.releases, c.updates);
        RefreshBenchmark refresh = new RefreshBenchmark();
        refresh.index = c.releases.toString();
        refresh.updates = c.updates.toString();
        refresh.prepareFloor = floor;
        refresh.load();
        warm(refresh::refresh);
        if (floor) {
            warm(refresh::jsonFloor);
        }
        int oursPerRound = perRound(time(refresh::refresh));
        int floorPerRound = floor ? perRound(time(refresh::jsonFloor)) : 0;
        int referencePerRound = 0;
        if (c.withReference && reference.isPresent()) {
            // A first process, not counted, tells how long one reference refresh takes.
            List<Double> probe = reference.get().run(c.releases, c.updates, refresh.stream(), 1);
            referencePerRound = perRound(probe.get(0));
        }
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < oursPerRound; i++) {
                c.ours.add(time(refresh::refresh));
            }
            if (referencePerRound > 0) {
                c.reference.addAll(reference.get().run(c.releases, c.updates, refresh.stream(), referencePerRound));
            }
            for (int i = 0; i < floorPerRound; i++) {
                c.floor.add(time(refresh::jsonFloor));
            }
            System.err.printf(
                    Locale.ROOT,
                    "   round %d: ours %.2f ms, reference %s ms, floor %s ms (medians so far)%n",
                    round,
                    c.ours.median(),
                    c.reference.count() == 0 ? "-" : format(c.reference.median()),
                    c.floor.count() == 0 ? "-" : format(c.floor.median()));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        refresh.refresh();
        c.allocatedBytes = threads.getCurrentThreadAllocatedBytes() - before;
        c.memory = RefreshMemory.measure(() -> {
            GraphSet graphs = refresh.parseAndBuild();
            return new RefreshMemory.Refreshed(graphs, RefreshBenchmark.serializeOffHeap(graphs));
        });
    }

    /**
     * Runs the work at least twice and for the warm-up time, then until the JIT has compiled
     * nothing for a second, or up to ten times the warm-up time. On two shared cores the compiler
     * threads compete with the benchmark: the corpus case still compiled after 40,000 refreshes
     * (a minute) in one run, and a fixed time or count left it partly interpreted, three to seven
     * times slower than once compiled.
     */
    private void warm(Callable<?> work) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long minimum = start + warmupMillis * 1_000_000;
        long maximum = start + warmupMillis * 10_000_000;
        long compiled = jit.getTotalCompilationTime();
        long quietSince = start;
        for (int i = 0; ; i++) {
            work.call();
            long now = System.nanoTime();
            long total = jit.getTotalCompilationTime();
            if (total != compiled) {
                compiled = total;
                quietSince = now;
            }
            boolean quiet = now - quietSince >= 1_000_000_000L;
            if (i >= 1 && now >= minimum && (quiet || now >= maximum)) {
                return;
            }
        }
    }

    private int perRound(double millis) {
        return (int) Math.max(1, Math.min(50, Math.round(budgetMillis / millis)));
    }

    private static double time(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        Object result = work.call();
        double millis = (System.nanoTime() - start) / 1e6;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return millis;
    }

    private Case find(String label) {
        return cases.stream()
                .filter(c -> c.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--ratio names no case " + label));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** One pair of documents and what was measured on it. */
    private static final class Case {
        final String label;
        final Path releases;
        final Path updates;
        final boolean withReference;
        final Samples ours = new Samples();
        final Samples reference = new Samples();
        final Samples floor = new Samples();
        long allocatedBytes;
        RefreshMemory memory;

        Case(String label, Path releases, Path updates, boolean withReference) {
            this.label = label;
            this.releases = releases;
            this.updates = updates;
            this.withReference = withReference;
        }

        static Case parse(String spec, boolean withReference) throws IOException {
            int equals = spec.indexOf('=');
            int comma = spec.indexOf(',', equals + 1);
            if (equals <= 0 || comma < 0) {
                throw new IllegalArgumentException("expected LABEL=RELEASES,UPDATES, got " + spec);
            }
            Path releases = Path.of(spec.substring(equals + 1, comma));
            Path updates = Path.of(spec.substring(comma + 1));
            for (Path file : List.of(releases, updates)) {
                if (!Files.isReadable(file)) {
                    throw new IOException("cannot read " + file);
                }
            }
            return new Case(spec.substring(0, equals), releases, updates, withReference);
        }
    }
}
