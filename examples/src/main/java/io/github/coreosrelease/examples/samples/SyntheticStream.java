/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.samples;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.DocumentMetadata;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.JsonDecimal;
import io.github.coreosrelease.core.model.Reason;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateMetadata;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates a release index and an updates document shaped like the real {@code stable} stream,
 * for load tests and benchmarks: releases for four architectures, every release with OSTree
 * commits and the newer ones with OCI images, a barrier at every new Fedora major, two dead-ends,
 * one finished rollout and one in progress. Deterministic for a given size, seed and time.
 *
 * <pre>
 * java -cp coreos-release.jar io.github.coreosrelease.examples.samples.SyntheticStream DIR [RELEASES] [NOW_EPOCH]
 * </pre>
 */
public final class SyntheticStream {
    /** The stream name written in both documents. */
    public static final String STREAM = "synthetic";

    /** The architectures of every release. */
    public static final List<String> ARCHITECTURES = List.of("x86_64", "aarch64", "ppc64le", "s390x");

    private static final int RELEASES_PER_MAJOR = 25;
    private static final int FIRST_MAJOR = 32;
    private static final LocalDate FIRST_DATE = LocalDate.of(2020, 6, 1);
    private static final String IMAGE = "quay.io/fedora/fedora-coreos";
    private static final long SECONDS_PER_DAY = 86_400;

    private SyntheticStream() {}

    /**
     * Writes {@code releases.json} and {@code updates.json} into a directory.
     *
     * @param args {@code DIR [RELEASES] [NOW_EPOCH]}: the directory, the number of releases (300
     *     by default) and the time the rollouts are relative to (the current time by default)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: SyntheticStream DIR [RELEASES] [NOW_EPOCH]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long now = args.length > 2 ? Long.parseLong(args[2]) : System.currentTimeMillis() / 1000;
        ReleaseIndex index = releaseIndex(releases);
        Updates updates = updates(index, now, 1L);
        Files.createDirectories(dir);
        Files.write(dir.resolve("releases.json"), DocumentWriter.indented(2).write(DocumentType.RELEASE_INDEX, index));
        Files.write(dir.resolve("updates.json"), DocumentWriter.indented(2).write(DocumentType.UPDATES, updates));
        System.err.println("wrote " + releases + " releases x " + ARCHITECTURES.size() + " architectures and "
                + updates.releases().size() + " updates entries to " + dir);
    }

    /**
     * A release index of some releases, oldest first, with a new Fedora major every 25 releases.
     * Every release has a commit per architecture; the newest 40% also have OCI images.
     *
     * @param releases how many releases, at least 3
     * @return the index
     */
    public static ReleaseIndex releaseIndex(int releases) {
        if (releases < 3) {
            throw new IllegalArgumentException("a synthetic stream needs at least 3 releases, got " + releases);
        }
        int firstOci = releases - releases * 2 / 5;
        List<IndexRelease> entries = new ArrayList<>();
        for (int i = 0; i < releases; i++) {
            String version = version(i);
            IndexRelease.Builder release = IndexRelease.builder()
                    .version(version)
                    .metadata("https://builds.example.org/prod/streams/" + STREAM + "/builds/" + version
                            + "/release.json");
            List<IndexCommit> commits = new ArrayList<>();
            List<IndexOciImage> images = new ArrayList<>();
            for (String arch : ARCHITECTURES) {
                commits.add(IndexCommit.builder()
                        .architecture(arch)
                        .checksum(sha256Hex("commit/" + version + "/" + arch))
                        .build());
                images.add(IndexOciImage.builder()
                        .architecture(arch)
                        .image(IMAGE + ":" + version + "-" + arch)
                        .digestRef(IMAGE + "@sha256:" + sha256Hex("oci/" + version + "/" + arch))
                        .build());
            }
            release.commits(commits);
            if (i >= firstOci) {
                release.ociImages(images);
            }
            entries.add(release.build());
        }
        return ReleaseIndex.builder()
                .note("Synthetic release index for load tests; made-up checksums and digests.")
                .stream(STREAM)
                .metadata(DocumentMetadata.builder()
                        .lastModified("2025-01-01T00:00:00Z")
                        .build())
                .releases(entries)
                .build();
    }

    /**
     * The updates of an index: a barrier on the first release of every Fedora major after the
     * first, two dead-ends chosen by the seed, a rollout that finished a week before {@code now}
     * on the second newest release and one in progress (10% at start one hour before {@code now},
     * over two days) on the newest.
     *
     * @param index an index from {@link #releaseIndex}
     * @param nowEpochSeconds the time the rollouts are placed around
     * @param seed picks the dead-ends
     * @return the updates document
     */
    public static Updates updates(ReleaseIndex index, long nowEpochSeconds, long seed) {
        int size = index.releases().size();
        Random random = new Random(seed);
        Set<Integer> deadEnds = new TreeSet<>();
        while (deadEnds.size() < Math.min(2, size - 2)) {
            int candidate = random.nextInt(size - 2);
            if (candidate % RELEASES_PER_MAJOR != 0) {
                deadEnds.add(candidate);
            }
        }
        List<UpdateRelease> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String version = index.releases().get(i).version();
            UpdateMetadata.Builder metadata = UpdateMetadata.builder();
            boolean any = false;
            if (i > 0 && i % RELEASES_PER_MAJOR == 0) {
                metadata.barrier(reason("https://example.org/issues/barrier-" + version));
                any = true;
            }
            if (deadEnds.contains(i)) {
                metadata.deadend(reason("https://example.org/issues/deadend-" + version));
                any = true;
            }
            if (i == size - 2) {
                metadata.rollout(Rollout.builder()
                        .startEpoch(nowEpochSeconds - 7 * SECONDS_PER_DAY)
                        .startPercentage(JsonDecimal.parse("0"))
                        .durationMinutes(BigInteger.valueOf(2880))
                        .build());
                any = true;
            }
            if (i == size - 1) {
                metadata.rollout(Rollout.builder()
                        .startEpoch(nowEpochSeconds - 3600)
                        .startPercentage(JsonDecimal.parse("0.1"))
                        .durationMinutes(BigInteger.valueOf(2880))
                        .build());
                any = true;
            }
            if (any) {
                entries.add(UpdateRelease.builder()
                        .version(version)
                        .metadata(metadata.build())
                        .build());
            }
        }
        return Updates.builder().stream(STREAM)
                .metadata(DocumentMetadata.builder()
                        .lastModified("2025-01-01T00:00:00Z")
                        .build())
                .releases(entries)
                .build();
    }

    private static String version(int i) {
        int major = FIRST_MAJOR + i / RELEASES_PER_MAJOR;
        String date = FIRST_DATE.plusDays(6L * i).format(DateTimeFormatter.BASIC_ISO_DATE);
        return major + "." + date + ".3.0";
    }

    private static Reason reason(String url) {
        return Reason.builder().reason(url).build();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
