/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service.internal;

import io.github.coreosrelease.graph.service.StreamSources;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state of one served stream: its sources, the load being served, and the failure count that
 * drives the retry backoff. Refreshes of one stream run one at a time (under {@link #lock()});
 * readers only read the volatile current load.
 */
public final class StreamSlot {
    private final StreamSources sources;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile LoadedStream current;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile boolean attempted;

    /**
     * Creates an empty slot.
     *
     * @param sources the stream and its sources
     */
    public StreamSlot(StreamSources sources) {
        this.sources = sources;
    }

    /**
     * The stream and its sources.
     *
     * @return the sources
     */
    public StreamSources sources() {
        return sources;
    }

    /**
     * The lock that serializes refreshes of this stream.
     *
     * @return the lock
     */
    public ReentrantLock lock() {
        return lock;
    }

    /**
     * The load being served.
     *
     * @return the load, empty until the first successful refresh
     */
    public Optional<LoadedStream> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Publishes a new load; requests see it from now on. Call with the lock held.
     *
     * @param load the complete new load
     */
    void publish(LoadedStream load) {
        current = load;
    }

    /** Records a successful refresh. Call with the lock held. */
    void succeeded() {
        attempted = true;
        consecutiveFailures.set(0);
    }

    /**
     * Records a failed refresh. Call with the lock held.
     *
     * @return the failures in a row, this one included
     */
    int failed() {
        attempted = true;
        return consecutiveFailures.incrementAndGet();
    }

    /**
     * Failures since the last success.
     *
     * @return the count, 0 after a success
     */
    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    /**
     * Whether a refresh has run at all.
     *
     * @return {@code true} after the first refresh, successful or not
     */
    public boolean attempted() {
        return attempted;
    }
}
