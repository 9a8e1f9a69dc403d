/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint.internal;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.IndexCommit;
import io.github.coreosrelease.core.model.IndexOciImage;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Rollout;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.core.version.FcosVersion;
import io.github.coreosrelease.schema.lint.DocumentLocation;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.LintRule;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lint rules on a release index and updates document pair. Findings come in document order:
 * the index first, then the updates document.
 */
public final class DocumentRules {
    private static final int CHECKSUM_LENGTH = 64;

    private final Instant now;
    private final Duration farFuture;
    private final List<Finding> findings = new ArrayList<>();

    private DocumentRules(Instant now, Duration farFuture) {
        this.now = now;
        this.farFuture = farFuture;
    }

    /**
     * Checks a document pair.
     *
     * @param index the release index
     * @param updates the updates document
     * @param now the current time, for rules about the future
     * @param farFuture how far in the future a rollout may start without a finding
     * @return the findings in document order
     */
    public static List<Finding> check(ReleaseIndex index, Updates updates, Instant now, Duration farFuture) {
        DocumentRules rules = new DocumentRules(now, farFuture);
        rules.index(index);
        rules.updates(updates, index);
        return List.copyOf(rules.findings);
    }

    private void index(ReleaseIndex index) {
        Map<String, Integer> firstByVersion = new HashMap<>();
        Optional<FcosVersion> previous = Optional.empty();
        List<IndexRelease> releases = index.releases();
        for (int i = 0; i < releases.size(); i++) {
            IndexRelease release = releases.get(i);
            String at = "/releases/" + i;
            Integer first = firstByVersion.putIfAbsent(release.version(), i);
            if (first != null) {
                report(
                        DocumentKind.RELEASE_INDEX,
                        LintRule.DUPLICATE_VERSION,
                        at + "/version",
                        "version " + release.version() + " is listed again; first at /releases/" + first);
            }
            Optional<FcosVersion> version = FcosVersion.tryParse(release.version());
            if (version.isPresent() && previous.isPresent() && builtBefore(version.get(), previous.get())) {
                report(
                        DocumentKind.RELEASE_INDEX,
                        LintRule.RELEASE_ORDER,
                        at + "/version",
                        release.version() + " is listed after " + previous.get()
                                + ", which was built later; releases are listed oldest first");
            }
            if (version.isPresent()) {
                previous = version;
            }
            release.commits().ifPresent(commits -> commits(at, commits));
            release.ociImages().ifPresent(images -> ociImages(at, images));
        }
    }

    /** Build order by the version's date, then build number; other fields do not say when. */
    private static boolean builtBefore(FcosVersion version, FcosVersion previous) {
        int byDate = version.date().compareTo(previous.date());
        return byDate < 0 || (byDate == 0 && version.buildNumber() < previous.buildNumber());
    }

    private void commits(String release, List<IndexCommit> commits) {
        Map<String, Integer> firstByArch = new HashMap<>();
        for (int j = 0; j < commits.size(); j++) {
            IndexCommit commit = commits.get(j);
            String at = release + "/commits/" + j;
            duplicateArch(firstByArch, commit.architecture(), j, at, release + "/commits/");
            if (!isChecksum(commit.checksum())) {
                report(
                        DocumentKind.RELEASE_INDEX,
                        LintRule.CHECKSUM_FORMAT,
                        at + "/checksum",
                        "checksum \"" + commit.checksum() + "\" is not an OSTree checksum: expected " + CHECKSUM_LENGTH
                                + " lowercase hex characters");
            }
        }
    }

    private void ociImages(String release, List<IndexOciImage> images) {
        Map<String, Integer> firstByArch = new HashMap<>();
        for (int j = 0; j < images.size(); j++) {
            IndexOciImage image = images.get(j);
            String at = release + "/oci-images/" + j;
            duplicateArch(firstByArch, image.architecture(), j, at, release + "/oci-images/");
            Optional<ImageReference> tagged = reference(at + "/image", "image", image.image());
            Optional<ImageReference> digestRef = reference(at + "/digest-ref", "digest-ref", image.digestRef());
            if (digestRef.isEmpty()) {
                continue;
            }
            if (!digestRef.get().isDigestReference()) {
                report(
                        DocumentKind.RELEASE_INDEX,
                        LintRule.DIGEST_REF_WITHOUT_DIGEST,
                        at + "/digest-ref",
                        "digest-ref " + image.digestRef() + " has no digest: a tag can move, an update payload"
                                + " must be immutable; expected <repository>@sha256:<64 hex>");
            }
            if (tagged.isPresent()
                    && !tagged.get().repository().equals(digestRef.get().repository())) {
                report(
                        DocumentKind.RELEASE_INDEX,
                        LintRule.DIGEST_REF_REPOSITORY_MISMATCH,
                        at + "/digest-ref",
                        "digest-ref is in repository " + digestRef.get().repository() + " but image " + image.image()
                                + " is in " + tagged.get().repository());
            }
        }
    }

    private void duplicateArch(Map<String, Integer> firstByArch, String arch, int j, String at, String list) {
        Integer first = firstByArch.putIfAbsent(arch, j);
        if (first != null) {
            report(
                    DocumentKind.RELEASE_INDEX,
                    LintRule.DUPLICATE_ARCH,
                    at + "/architecture",
                    "architecture " + arch + " appears again in the same release; first at " + list + first);
        }
    }

    private Optional<ImageReference> reference(String pointer, String field, String text) {
        try {
            return Optional.of(ImageReference.parse(text));
        } catch (InvalidValueException e) {
            report(DocumentKind.RELEASE_INDEX, LintRule.IMAGE_REFERENCE_FORMAT, pointer, field + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isChecksum(String text) {
        if (text.length() != CHECKSUM_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private void updates(Updates updates, ReleaseIndex index) {
        Optional<String> indexStream = index.stream().filter(s -> !s.isEmpty());
        if (indexStream.isPresent() && !updates.stream().equals(indexStream.get())) {
            report(
                    DocumentKind.UPDATES,
                    LintRule.STREAM_MISMATCH,
                    "/stream",
                    "updates are for stream \"" + updates.stream() + "\" but the release index is for stream \""
                            + indexStream.get() + "\"");
        }
        Set<String> indexed = new HashSet<>();
        index.releases().forEach(release -> indexed.add(release.version()));
        Map<String, Integer> firstByVersion = new HashMap<>();
        List<UpdateRelease> entries = updates.releases();
        for (int i = 0; i < entries.size(); i++) {
            UpdateRelease entry = entries.get(i);
            String at = "/releases/" + i;
            Integer first = firstByVersion.putIfAbsent(entry.version(), i);
            if (first != null) {
                report(
                        DocumentKind.UPDATES,
                        LintRule.DUPLICATE_UPDATE_ENTRY,
                        at + "/version",
                        "version " + entry.version() + " has another entry at /releases/" + first
                                + "; the graph builder merges them, later keys winning");
            }
            if (!indexed.contains(entry.version())) {
                report(
                        DocumentKind.UPDATES,
                        LintRule.UNKNOWN_UPDATE_VERSION,
                        at + "/version",
                        "version " + entry.version() + " is not in the release index, so this entry has no effect");
            }
            Optional<Rollout> rollout = entry.metadata().rollout();
            if (rollout.isPresent()) {
                rollout(at + "/metadata/rollout", rollout.get());
            }
        }
    }

    private void rollout(String at, Rollout rollout) {
        if (rollout.startEpoch().isPresent()) {
            long start = rollout.startEpoch().get();
            if (start > saturatingAdd(now.getEpochSecond(), farFuture.toSeconds())) {
                report(
                        DocumentKind.UPDATES,
                        LintRule.ROLLOUT_FAR_FUTURE,
                        at + "/start_epoch",
                        "rollout starts at " + start + " (" + instantText(start) + "), more than "
                                + farFuture.toDays() + " days after now (" + now
                                + "); start_epoch is in seconds, not milliseconds");
            }
        }
        if (rollout.startPercentage().isPresent()) {
            BigDecimal share = rollout.startPercentage().get().bigDecimalValue();
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                report(
                        DocumentKind.UPDATES,
                        LintRule.START_PERCENTAGE_RANGE,
                        at + "/start_percentage",
                        "start_percentage is " + share.toPlainString()
                                + ", expected a fraction from 0 to 1 (0.5 offers the release to half the fleet)");
            }
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        // Overflow only when both have the same sign and the sum's sign differs.
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    private static String instantText(long epochSeconds) {
        try {
            return Instant.ofEpochSecond(epochSeconds).toString();
        } catch (DateTimeException e) {
            return "beyond any calendar date";
        }
    }

    private void report(DocumentKind document, LintRule rule, String pointer, String message) {
        findings.add(Finding.of(rule, DocumentLocation.of(document, pointer), message));
    }
}
