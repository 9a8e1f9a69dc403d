/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a process's output stream on its own thread, keeping at most a given number of bytes, so
 * that the process never blocks on a full pipe while we wait for it.
 */
final class BoundedCapture {
    private final Thread thread;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;
    private volatile boolean overflowed;
    private volatile IOException failure;

    BoundedCapture(String name, InputStream in, long limit) {
        this.limit = limit;
        this.thread = new Thread(() -> drain(in), name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain(InputStream in) {
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                total += n;
                if (total > limit) {
                    overflowed = true;
                    // Keep reading so that the process can finish; the bytes are dropped.
                    continue;
                }
                synchronized (bytes) {
                    bytes.write(chunk, 0, n);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits for the stream to end.
     *
     * @param millis how long to wait at most
     * @return whether the stream ended in time
     */
    boolean await(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    boolean overflowed() {
        return overflowed;
    }

    IOException failure() {
        return failure;
    }

    byte[] bytes() {
        synchronized (bytes) {
            return bytes.toByteArray();
        }
    }
}
