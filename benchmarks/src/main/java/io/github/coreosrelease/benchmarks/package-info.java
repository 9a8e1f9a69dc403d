/** JMH benchmarks of the graph service; run by hand, see {@code docs/PERFORMANCE.md}. */
package io.github.coreosrelease.benchmarks;
