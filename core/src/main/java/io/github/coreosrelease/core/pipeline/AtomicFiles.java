/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's content atomically, so that readers see the old content or the new one, never
 * a torn file (SPEC §4.3).
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("releases.json"), DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, index));
 * }</pre>
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {}

    /**
     * Writes the content to a temporary file in the target's directory, flushes it to disk and
     * renames it over the target in one atomic step. An existing target keeps its POSIX
     * permissions; a new one gets {@code rw-r--r--}. On failure the target is untouched and the
     * temporary file is removed.
     *
     * @param target the file to replace or create
     * @param content its new content
     * @throws UncheckedIOException if the file cannot be written or the file system cannot rename
     *     atomically
     */
    public static void write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // The content must be on disk before the rename makes it visible.
                channel.force(true);
            }
            copyPermissions(absolute, temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The original failure is what matters; a stray temporary file is harmless.
                }
            }
        }
    }

    /**
     * Removes the temporary files that {@link #write} makes for a target ({@code .<name>.*.tmp} in
     * its directory), which a writer killed before its rename leaves behind. Only safe while no
     * other writer of the target can be running, i.e. under its {@link LockedFiles} lock.
     *
     * @param target the file whose temporary files go
     * @throws UncheckedIOException if the directory cannot be listed or a file cannot be removed
     */
    static void removeTemporaryFiles(Path target) {
        Path absolute = target.toAbsolutePath();
        String prefix = "." + absolute.getFileName() + ".";
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(absolute.getParent(), entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && name.length() > prefix.length() + 4;
        })) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary files of " + target + ": " + e, e);
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
