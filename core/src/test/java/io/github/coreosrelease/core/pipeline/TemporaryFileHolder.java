/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate process for {@link AtomicFilesTest}: creates a temporary file and holds its lock the
 * way a writer in the middle of {@link AtomicFiles#write} does, prints {@code ready} and waits to be
 * killed.
 */
public final class TemporaryFileHolder {
    private TemporaryFileHolder() {}

    /**
     * Runs the holder.
     *
     * @param args the temporary file to create and lock
     * @throws IOException if the file cannot be created or locked
     * @throws InterruptedException never in practice: the test kills the process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        FileChannel channel =
                FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // Held until the process dies, like a writer killed before its rename.
        FileLock lock = channel.lock();
        System.out.println("ready " + lock.isValid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
