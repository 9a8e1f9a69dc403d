/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documents an example reads: a file named on its command line, else a bundled sample. */
final class SampleFiles {
    private static final String PREFIX = "/io/github/coreosrelease/examples/";

    private SampleFiles() {}

    /**
     * The bytes of a document.
     *
     * @param args the example's arguments
     * @param position which argument names the file
     * @param sample the bundled fallback, relative to the examples' resource folder, e.g.
     *     {@code samples/releases.json}
     * @return the document's bytes
     */
    static byte[] read(String[] args, int position, String sample) {
        try {
            if (args.length > position) {
                return Files.readAllBytes(Path.of(args[position]));
            }
            try (InputStream in = SampleFiles.class.getResourceAsStream(PREFIX + sample)) {
                if (in == null) {
                    throw new IllegalStateException("bundled sample missing: " + PREFIX + sample);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
