/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.CoreosReleaseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The property every fuzz target checks (SPEC §6): a public entry point either returns or throws
 * the library's own typed exception with a message; any other throwable escapes and Jazzer reports
 * it as a finding, with the input that caused it.
 */
final class TypedErrors {
    /** Refusals so far, so that {@link SeedsTest} can tell that a seed went all the way. */
    private static final AtomicLong REFUSALS = new AtomicLong();

    private TypedErrors() {}

    /**
     * How many calls refused their input so far, in this JVM.
     *
     * @return the count
     */
    static long refusals() {
        return REFUSALS.get();
    }

    /** A call to an entry point that may refuse its input. */
    @FunctionalInterface
    interface Call {
        void run();
    }

    /**
     * Runs the call and accepts a typed refusal.
     *
     * @param call the call
     * @return true if the call returned, false if it refused its input with a typed error
     */
    static boolean accepts(Call call) {
        try {
            call.run();
            return true;
        } catch (CoreosReleaseException e) {
            REFUSALS.incrementAndGet();
            assertThat(e.getMessage())
                    .as("message of %s", e.getClass().getName())
                    .isNotBlank();
            assertOneLine(e.getMessage());
            return false;
        }
    }

    /**
     * Asserts that a text for people has no control character: a line break or a terminal escape
     * of a quoted value is written as an escape (docs/RELIABILITY.md).
     *
     * @param text an error message or a text line
     */
    static void assertOneLine(String text) {
        assertThat(text.chars().filter(Character::isISOControl).count())
                .as("control characters in %s", text)
                .isZero();
    }
}
