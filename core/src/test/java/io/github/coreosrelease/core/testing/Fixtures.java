/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: reads the project's own small fixtures from the test class path. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * The bytes of a fixture below {@code io/github/coreosrelease/core/model/}.
     *
     * @param name the file name, e.g. {@code meta-split.json}
     * @return the bytes
     * @throws AssertionError if the fixture is missing
     */
    public static byte[] model(String name) {
        String resource = "/io/github/coreosrelease/core/model/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test fixture missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
