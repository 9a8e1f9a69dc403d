/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file's content atomically, so that readers see the old content or the new one, never
 * a torn file (SPEC §4.3).
 *
 * <p>The new content goes to a temporary file {@code .<name>.<digits>.tmp} in the target's
 * directory, which the writer holds a {@link FileLock} on until it is renamed over the target. A
 * writer that dies half-way (e.g. killed with SIGKILL) leaves its temporary file behind, unlocked:
 * the next write of the same target removes it. A temporary file of that naming counts as stale
 * when nobody holds its lock and either the caller holds the target's {@link LockedFiles} lock
 * (every writer of ours takes that lock before it creates its temporary file, so none can be
 * between creating and locking one) or it is older than {@link #STALE_AFTER}. Files of any other
 * naming are never touched.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("releases.json"), DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, index));
 * }</pre>
 */
public final class AtomicFiles {
    /** How old an unlocked temporary file must be to be removed by a writer without the target's lock. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final String SUFFIX = ".tmp";
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {}

    /**
     * Writes the content to a temporary file in the target's directory, flushes it to disk and
     * renames it over the target in one atomic step, after removing the stale temporary files an
     * earlier writer of the same target left behind. An existing target keeps its POSIX
     * permissions; a new one gets {@code rw-r--r--}. On failure the target is untouched and the
     * temporary file is removed.
     *
     * <p>This replaces the content, it does not merge: a read-change-write must run under {@link
     * LockedFiles#withLock} so that concurrent changes are not lost.
     *
     * @param target the file to replace or create
     * @param content its new content
     * @throws UncheckedIOException if the file cannot be written or the file system cannot rename
     *     atomically
     */
    public static void write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        String prefix = "." + absolute.getFileName() + ".";
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, prefix, SUFFIX);
            // The new file's time is the file system's "now", the clock its other files' times come from.
            Instant now = Files.getLastModifiedTime(temporary).toInstant();
            removeStaleTemporaries(
                    directory, prefix, temporary, LockedFiles.isHeldByCurrentThread(absolute), now.minus(STALE_AFTER));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                // Held until the rename: a locked temporary file belongs to a live writer.
                FileLock inUse = channel.lock();
                try {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    // The content must be on disk before the rename makes it visible.
                    channel.force(true);
                    copyPermissions(absolute, temporary);
                    Files.move(
                            temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    temporary = null;
                } finally {
                    inUse.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The original failure is what matters; the next write removes the stray file.
                }
            }
        }
    }

    /** Whether a file name is one of the temporary files {@link #write} makes with this prefix. */
    static boolean isTemporaryName(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - SUFFIX.length());
        return !middle.isEmpty() && middle.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void removeStaleTemporaries(
            Path directory, String prefix, Path own, boolean targetLocked, Instant staleBefore) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory, prefix + "*" + SUFFIX)) {
            for (Path sibling : siblings) {
                if (sibling.equals(own)
                        || !isTemporaryName(sibling.getFileName().toString(), prefix)) {
                    continue;
                }
                try {
                    if (targetLocked
                            || Files.getLastModifiedTime(sibling).toInstant().isBefore(staleBefore)) {
                        removeIfUnlocked(sibling);
                    }
                } catch (NoSuchFileException e) {
                    // Renamed or removed meanwhile by its writer: not stale.
                }
            }
        }
    }

    private static void removeIfUnlocked(Path temporary) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return; // a thread of this JVM is writing it
            }
            if (lock == null) {
                return; // a live process is writing it
            }
            try {
                Files.deleteIfExists(temporary);
                LOG.info("removed {}, left behind by a writer that did not finish", temporary);
            } finally {
                lock.release();
            }
        }
    }

    private static void copyPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions =
                Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS;
        view.setPermissions(permissions);
    }
}
