/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled sample's updates document as {@code serve} serves it: the rollout of its newest
 * release (the last entry) is placed relative to the time the server starts, so that {@code
 * node_uuid} and {@code rollout_wariness} visibly change the graph. The bundled file's own rollouts
 * ended in 2024, and a stream whose rollouts are all complete shows no throttling.
 *
 * <p>The rollout started {@link #STARTED_BEFORE} before the server's start at {@link
 * #START_PERCENTAGE} and lasts {@link #DURATION}: when the server starts, nodes with a wariness up
 * to 0.5 are offered the newest release; two days later every node is.
 */
final class LiveSample {
    /** How long before the server's start the rollout started. */
    static final Duration STARTED_BEFORE = Duration.ofDays(1);

    /** How long the rollout lasts. */
    static final Duration DURATION = Duration.ofDays(3);

    /** The share of nodes offered the release when the rollout starts. */
    static final String START_PERCENTAGE = "0.25";

    private LiveSample() {}

    /**
     * The sample's updates document with its newest release's rollout relative to a start time;
     * every other entry is as bundled.
     *
     * @param sample the bundled updates document
     * @param start when the server starts
     * @return the document to serve
     */
    static Updates updates(Updates sample, Instant start) {
        List<UpdateRelease> releases = new ArrayList<>(sample.releases());
        int newest = releases.size() - 1;
        UpdateRelease release = releases.get(newest);
        Rollout rollout = Rollout.builder()
                .startEpoch(start.minus(STARTED_BEFORE).getEpochSecond())
                .startPercentage(JsonDecimal.parse(START_PERCENTAGE))
                .durationMinutes(BigInteger.valueOf(DURATION.toMinutes()))
                .build();
        releases.set(
                newest,
                UpdateRelease.builder()
                        .from(release)
                        .metadata(UpdateMetadata.builder()
                                .from(release.metadata())
                                .rollout(rollout)
                                .build())
                        .build());
        return Updates.builder().from(sample).releases(releases).build();
    }

    /**
     * Writes the document to serve into a new temporary file, which the caller deletes.
     *
     * @param start when the server starts
     * @return the file
     */
    static Path write(Instant start) {
        try (InputStream bundled = LiveSample.class.getResourceAsStream("/" + ServeCommand.SAMPLES + "updates.json")) {
            if (bundled == null) {
                throw new IllegalStateException("the bundled sample updates.json is missing from the class path");
            }
            Updates live = updates(DocumentReader.standard().read(DocumentType.UPDATES, bundled), start);
            Path file = Files.createTempFile("coreos-release-sample-", "-updates.json");
            Files.write(file, DocumentWriter.indented(2).write(DocumentType.UPDATES, live));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample's updates document", e);
        }
    }
}
