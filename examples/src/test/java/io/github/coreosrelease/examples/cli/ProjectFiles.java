/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: the checkout the tests run in, for the documentation they check. */
final class ProjectFiles {
    private ProjectFiles() {}

    /** The nearest directory at or above the working directory with README.md and docs/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no project root with README.md and docs/ above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
