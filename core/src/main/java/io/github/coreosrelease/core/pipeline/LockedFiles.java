/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs a read-change-write of a file under an exclusive lock, so that concurrent writers, threads
 * or processes, lose nothing (SPEC §4.3). Every {@code --write} of the CLI and {@link MetaStore}
 * change their files this way; the new content itself goes through {@link AtomicFiles}.
 *
 * <p>The lock is two locks: one held by this JVM on the file's path, for its threads, and a {@link
 * FileLock} on {@code <file>.lock} beside it, for other processes (a {@code FileLock} is held per
 * process, so the threads of one JVM need the first). The lock file is left in place: removing it
 * would let two writers lock two different files. The lock is reentrant for the thread holding it.
 * Once it holds the lock, a writer removes the temporary files of {@link AtomicFiles#write} that a
 * writer killed mid-way left beside the file.
 *
 * <pre>{@code
 * Path index = Path.of("releases.json");
 * LockedFiles.withLock(index, () -> {
 *     ReleaseIndex current = DocumentReader.standard().read(DocumentType.RELEASE_INDEX, index);
 *     IndexUpdate update = ReleaseIndexUpdater.add(current, release, url, Clock.systemUTC());
 *     AtomicFiles.write(index, DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, update.index()));
 *     return update;
 * });
 * }</pre>
 */
public final class LockedFiles {
    /** One lock per lock file path, for the threads of this JVM; kept for the JVM's lifetime. */
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private LockedFiles() {}

    /**
     * Runs an action while holding the exclusive lock of a file. The file itself need not exist;
     * its directory must.
     *
     * @param file the file the action reads and writes
     * @param action the read-change-write
     * @param <T> what the action returns
     * @return what the action returned
     * @throws UncheckedIOException if the lock cannot be taken
     */
    public static <T> T withLock(Path file, Supplier<T> action) {
        Objects.requireNonNull(action, "action");
        Path lockFile = lockFileOf(file);
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        jvmLock.lock();
        try {
            if (jvmLock.getHoldCount() > 1) {
                // This thread already holds the process lock too; a second FileLock would be refused.
                return action.get();
            }
            try (FileChannel channel =
                    FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock processLock = channel.lock();
                try {
                    // A writer killed between writing its temporary file and renaming it left that
                    // file behind; no writer of this file can be writing one now.
                    AtomicFiles.removeTemporaryFiles(file);
                    return action.get();
                } finally {
                    processLock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile + ": " + e, e);
            }
        } finally {
            jvmLock.unlock();
        }
    }

    private static Path lockFileOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        try {
            // Two spellings of one directory (e.g. through a symbolic link) must share one lock.
            directory = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": its directory is not accessible: " + e, e);
        }
        return directory.resolve(absolute.getFileName() + ".lock");
    }
}
