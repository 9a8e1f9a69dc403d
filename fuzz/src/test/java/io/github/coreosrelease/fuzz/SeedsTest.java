/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fuzz target has seeds, and every seed (a small valid input, not a kept finding) goes through
 * its target without a refusal: the regression run then exercises the entry points' success paths,
 * not only their first check.
 */
class SeedsTest {
    private static final List<Class<?>> TARGETS = List.of(
            DocumentReaderFuzzTest.class,
            ExplainFuzzTest.class,
            ReferenceFuzzTest.class,
            GraphFuzzTest.class,
            PipelineFuzzTest.class,
            SchemaFuzzTest.class);

    @Test
    void everySeedIsAcceptedByItsTarget() throws Exception {
        int seeds = 0;
        for (Class<?> target : TARGETS) {
            Object instance = target.getDeclaredConstructor().newInstance();
            for (Method method : target.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(FuzzTest.class)) {
                    continue;
                }
                List<Path> files = seeds(target, method);
                assertThat(files)
                        .as("seeds of %s#%s", target.getSimpleName(), method.getName())
                        .isNotEmpty();
                for (Path file : files) {
                    long before = TypedErrors.refusals();
                    invoke(instance, method, Files.readAllBytes(file));
                    assertThat(TypedErrors.refusals())
                            .as(
                                    "refusals of seed %s of %s#%s",
                                    file.getFileName(), target.getSimpleName(), method.getName())
                            .isEqualTo(before);
                    seeds++;
                }
            }
        }
        assertThat(seeds).isGreaterThanOrEqualTo(40);
    }

    /** The target's inputs directory as Jazzer finds it, without kept crash inputs. */
    private static List<Path> seeds(Class<?> target, Method method) throws IOException, URISyntaxException {
        URL directory = target.getResource(target.getSimpleName() + "Inputs/" + method.getName());
        if (directory == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            List<Path> seeds = new ArrayList<>();
            files.filter(file -> !isKeptFinding(file.getFileName().toString()))
                    .sorted()
                    .forEach(seeds::add);
            return seeds;
        }
    }

    /** Jazzer names what it finds {@code crash-*} (an exception, an OutOfMemoryError) or {@code timeout-*}. */
    private static boolean isKeptFinding(String name) {
        return name.startsWith("crash-") || name.startsWith("timeout-");
    }

    private static void invoke(Object instance, Method method, byte[] input) throws Exception {
        method.setAccessible(true);
        try {
            method.invoke(instance, (Object) input);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
