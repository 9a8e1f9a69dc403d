/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helper: reads the tests' own fixtures from the test class path, by package folder. */
public final class TestResources {
    private TestResources() {}

    /**
     * The bytes of a fixture below {@code io/github/coreosrelease/core/}.
     *
     * @param name the path below that folder, e.g. {@code pipeline/release.json}
     * @return the bytes
     * @throws AssertionError if the fixture is missing
     */
    public static byte[] bytes(String name) {
        String resource = "/io/github/coreosrelease/core/" + name;
        try (InputStream in = TestResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test fixture missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a fixture below {@code io/github/coreosrelease/core/}.
     *
     * @param name the path below that folder
     * @return the UTF-8 text
     */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
