/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.REPOSITORY;
import static io.github.coreosrelease.schema.testing.TestDocs.V1;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V3;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.barrier;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanUpdates;
import static io.github.coreosrelease.schema.testing.TestDocs.commit;
import static io.github.coreosrelease.schema.testing.TestDocs.digestRef;
import static io.github.coreosrelease.schema.testing.TestDocs.hex;
import static io.github.coreosrelease.schema.testing.TestDocs.image;
import static io.github.coreosrelease.schema.testing.TestDocs.index;
import static io.github.coreosrelease.schema.testing.TestDocs.release;
import static io.github.coreosrelease.schema.testing.TestDocs.releaseWith;
import static io.github.coreosrelease.schema.testing.TestDocs.rollout;
import static io.github.coreosrelease.schema.testing.TestDocs.updates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.IndexRelease;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document rules of {@link Linter}: each one triggered, and not triggered by a near miss. */
class DocumentLintTest {
    private static final String YEAR_AHEAD = "365 days after now (2025-01-01T00:00:00Z)";

    private final Linter linter = Linter.at(NOW);

    private List<String> lint(ReleaseIndex index, Updates updates) {
        return linter.lintDocuments(index, updates).stream()
                .map(Finding::describe)
                .toList();
    }

    @Test
    void theCleanPairHasNoFindingAtAll() {
        assertThat(linter.lint(cleanIndex(), cleanUpdates())).isEmpty();
    }

    @Test
    void aFindingCarriesRuleSeverityAndDocumentLocation() {
        List<Finding> findings = linter.lintDocuments(index(release(V1), release(V1)), updates());

        assertThat(findings)
                .containsExactly(Finding.builder()
                        .rule(LintRule.DUPLICATE_VERSION)
                        .location(DocumentLocation.of(DocumentKind.RELEASE_INDEX, "/releases/1/version"))
                        .message("version 40.20240416.3.0 is listed again; first at /releases/0")
                        .build());
        assertThat(findings.get(0).rule()).isEqualTo(LintRule.DUPLICATE_VERSION);
        assertThat(findings.get(0).ruleId()).isEqualTo("duplicate-version");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void duplicateVersion() {
        assertThat(lint(index(release(V1), release(V2), release(V1), release(V1)), updates()))
                .containsExactly(
                        "error duplicate-version release-index#/releases/2/version:"
                                + " version 40.20240416.3.0 is listed again; first at /releases/0",
                        "warning release-order release-index#/releases/2/version: 40.20240416.3.0 is listed after"
                                + " 40.20240504.3.0, which was built later; releases are listed oldest first",
                        "error duplicate-version release-index#/releases/3/version:"
                                + " version 40.20240416.3.0 is listed again; first at /releases/0");
        assertThat(lint(index(release(V1), release(V2)), updates())).isEmpty();
    }

    @Test
    void duplicateUpdateEntry() {
        assertThat(lint(cleanIndex(), updates(barrier(V2, "a"), barrier(V3, "b"), barrier(V2, "c"))))
                .containsExactly("warning duplicate-update-entry updates#/releases/2/version: version"
                        + " 40.20240504.3.0 has another entry at /releases/0; the graph builder merges them,"
                        + " later keys winning");
        assertThat(lint(cleanIndex(), updates(barrier(V2, "a"), barrier(V3, "b"))))
                .isEmpty();
    }

    @Test
    void duplicateArchInCommitsAndInOciImages() {
        IndexRelease twice = releaseWith(
                V2,
                List.of(commit("x86_64", hex("a")), commit("aarch64", hex("b")), commit("x86_64", hex("c"))),
                List.of(
                        image("x86_64", REPOSITORY + ":a", digestRef("a")),
                        image("x86_64", REPOSITORY + ":b", digestRef("b"))));
        IndexRelease distinct = releaseWith(
                V2,
                List.of(commit("x86_64", hex("a")), commit("aarch64", hex("b"))),
                List.of(
                        image("x86_64", REPOSITORY + ":a", digestRef("a")),
                        image("aarch64", REPOSITORY + ":b", digestRef("b"))));

        assertThat(lint(index(release(V1), twice), updates()))
                .containsExactly(
                        "error duplicate-arch release-index#/releases/1/commits/2/architecture: architecture"
                                + " x86_64 appears again in the same release; first at /releases/1/commits/0",
                        "error duplicate-arch release-index#/releases/1/oci-images/1/architecture: architecture"
                                + " x86_64 appears again in the same release; first at /releases/1/oci-images/0");
        assertThat(lint(index(release(V1), distinct), updates())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
                "abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678",
                "abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567890",
                "ghijkl0123456789abcdef0123456789abcdef0123456789abcdef0123456789"
            })
    void checksumFormat(String checksum) {
        IndexRelease bad = releaseWith(V1, List.of(commit("x86_64", checksum)), List.of());

        assertThat(lint(index(bad), updates()))
                .containsExactly("error checksum-format release-index#/releases/0/commits/0/checksum: checksum \""
                        + checksum + "\" is not an OSTree checksum: expected 64 lowercase hex characters");
    }

    @Test
    void aLowercaseHexChecksumIsFine() {
        IndexRelease good = releaseWith(
                V1,
                List.of(commit("x86_64", "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789")),
                List.of());

        assertThat(lint(index(good), updates())).isEmpty();
    }

    @Test
    void imageReferenceFormat() {
        IndexRelease bad = releaseWith(
                V1,
                List.of(),
                List.of(image("x86_64", "quay.io/Fedora/fcos:stable", "quay.io/fedora/fcos@sha256:abc")));

        assertThat(lint(index(bad), updates()))
                .containsExactly(
                        "error image-reference-format release-index#/releases/0/oci-images/0/image: image: invalid"
                                + " image reference \"quay.io/Fedora/fcos:stable\": expected path components of"
                                + " lowercase [a-z0-9] joined by '.', '_', '__' or '-', but uppercase letters are not"
                                + " allowed in a repository path (component \"Fedora\")",
                        "error image-reference-format release-index#/releases/0/oci-images/0/digest-ref:"
                                + " digest-ref: invalid image reference \"quay.io/fedora/fcos@sha256:abc\": expected a"
                                + " digest after '@': exactly 64 lowercase hex characters after \"sha256:\", but found"
                                + " 3 characters");
        assertThat(lint(index(release(V1)), updates())).isEmpty();
    }

    @Test
    void digestRefWithoutDigest() {
        IndexRelease tagged = releaseWith(
                V1, List.of(), List.of(image("x86_64", REPOSITORY + ":stable", REPOSITORY + ":" + V1 + "-x86_64")));

        assertThat(lint(index(tagged), updates()))
                .containsExactly("error digest-ref-without-digest release-index#/releases/0/oci-images/0/digest-ref:"
                        + " digest-ref quay.io/fedora/fedora-coreos:40.20240416.3.0-x86_64 has no digest: a tag can"
                        + " move, an update payload must be immutable; expected <repository>@sha256:<64 hex>");
        assertThat(lint(index(release(V1)), updates())).isEmpty();
    }

    @Test
    void digestRefRepositoryMismatch() {
        IndexRelease elsewhere =
                releaseWith(V1, List.of(), List.of(image("x86_64", "quay.io/other/fcos:stable", digestRef(V1))));
        IndexRelease digestInImageToo =
                releaseWith(V1, List.of(), List.of(image("x86_64", digestRef(V1), digestRef(V1))));

        assertThat(lint(index(elsewhere), updates()))
                .containsExactly("warning digest-ref-repository-mismatch"
                        + " release-index#/releases/0/oci-images/0/digest-ref: digest-ref is in repository"
                        + " quay.io/fedora/fedora-coreos but image quay.io/other/fcos:stable is in quay.io/other/fcos");
        assertThat(lint(index(digestInImageToo), updates())).isEmpty();
    }

    @Test
    void releaseOrderComparesBuildDateThenBuildNumber() {
        assertThat(lint(cleanIndex(), updates())).isEmpty();
        assertThat(lint(index(release("41.20241027.3.0"), release("41.20241027.3.1")), updates()))
                .isEmpty();
        assertThat(lint(index(release(V1), release(V3), release(V2), release(V4)), updates()))
                .containsExactly("warning release-order release-index#/releases/2/version: 40.20240504.3.0 is"
                        + " listed after 41.20241027.3.0, which was built later; releases are listed oldest first");
        assertThat(lint(index(release("41.20241027.3.1"), release("41.20241027.3.0")), updates()))
                .containsExactly("warning release-order release-index#/releases/1/version: 41.20241027.3.0 is"
                        + " listed after 41.20241027.3.1, which was built later; releases are listed oldest first");
    }

    @Test
    void releaseOrderSkipsVersionsThatAreNotFcosShaped() {
        // The 2019 preview versions have three fields; they are compared with nothing.
        assertThat(lint(index(release("30.20190905.0"), release("30.20190801.0"), release(V1)), updates()))
                .isEmpty();
        assertThat(lint(index(release(V2), release("30.20190905.0"), release(V1)), updates()))
                .containsExactly("warning release-order release-index#/releases/2/version: 40.20240416.3.0 is"
                        + " listed after 40.20240504.3.0, which was built later; releases are listed oldest first");
    }

    @Test
    void streamMismatch() {
        Updates testing = Updates.builder().stream("testing").build();

        assertThat(lint(cleanIndex(), testing))
                .containsExactly("warning stream-mismatch updates#/stream: updates are for stream \"testing\" but"
                        + " the release index is for stream \"stable\"");
        assertThat(lint(ReleaseIndex.builder().build(), testing)).isEmpty();
    }

    @Test
    void unknownUpdateVersion() {
        assertThat(lint(cleanIndex(), updates(barrier(V2, "a"), barrier("41.20991231.3.0", "typo"))))
                .containsExactly("error unknown-update-version updates#/releases/1/version: version"
                        + " 41.20991231.3.0 is not in the release index, so this entry has no effect");
        assertThat(lint(cleanIndex(), updates(barrier(V2, "a"), barrier(V4, "b"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100", "1.5", "1.0000000000000000001", "-0.25"})
    void startPercentageOutsideZeroToOne(String percentage) {
        assertThat(lint(cleanIndex(), updates(rollout(V4, NOW, percentage, 60))))
                .containsExactly("error start-percentage-range updates#/releases/0/metadata/rollout/start_percentage:"
                        + " start_percentage is " + percentage
                        + ", expected a fraction from 0 to 1 (0.5 offers the release to half the fleet)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.0", "1", "1.0", "0.999"})
    void startPercentageInsideZeroToOne(String percentage) {
        assertThat(lint(cleanIndex(), updates(rollout(V4, NOW, percentage, 60))))
                .isEmpty();
    }

    @Test
    void rolloutFarFuture() {
        long oneYear = 365L * 24 * 3600;
        Updates milliseconds = updates(rollout(V4, NOW * 1000, "0", 60));
        Updates justOverAYear = updates(rollout(V4, NOW + oneYear + 1, "0", 60));

        assertThat(lint(cleanIndex(), milliseconds))
                .containsExactly("warning rollout-far-future updates#/releases/0/metadata/rollout/start_epoch:"
                        + " rollout starts at 1735689600000 (+56971-10-25T00:00:00Z), more than " + YEAR_AHEAD
                        + "; start_epoch is in seconds, not milliseconds");
        assertThat(lint(cleanIndex(), justOverAYear))
                .containsExactly("warning rollout-far-future updates#/releases/0/metadata/rollout/start_epoch:"
                        + " rollout starts at 1767225601 (2026-01-01T00:00:01Z), more than " + YEAR_AHEAD
                        + "; start_epoch is in seconds, not milliseconds");
    }

    @Test
    void aRolloutWithinAYearOrInThePastIsFine() {
        long oneYear = 365L * 24 * 3600;

        assertThat(lint(cleanIndex(), updates(rollout(V4, NOW + oneYear, "0", 60))))
                .isEmpty();
        assertThat(lint(cleanIndex(), updates(rollout(V4, 0, "0", 60)))).isEmpty();
        assertThat(lint(cleanIndex(), updates(rollout(V4, Long.MIN_VALUE, "0", 60))))
                .isEmpty();
    }

    @Test
    void aRolloutBeyondAnyCalendarDateIsStillReported() {
        assertThat(lint(cleanIndex(), updates(rollout(V4, Long.MAX_VALUE, "0", 60))))
                .containsExactly("warning rollout-far-future updates#/releases/0/metadata/rollout/start_epoch:"
                        + " rollout starts at 9223372036854775807 (beyond any calendar date), more than "
                        + YEAR_AHEAD + "; start_epoch is in seconds, not milliseconds");
    }

    @Test
    void nowMustBeACalendarInstant() {
        assertThatThrownBy(() -> Linter.at(Long.MAX_VALUE))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid current time \"9223372036854775807\": expected seconds since the epoch from"
                        + " -31557014167219200 to 31556889864403199");
    }

    @Test
    void theClockIsReadAtEachLint() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(NOW);
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochSecond(now.get());
            }
        };
        Linter ticking = Linter.withClock(clock);
        Updates future = updates(rollout(V4, NOW + 400L * 24 * 3600, "0", 60));

        assertThat(ticking.lintDocuments(cleanIndex(), future)).hasSize(1);
        now.set(NOW + 100L * 24 * 3600);
        assertThat(ticking.lintDocuments(cleanIndex(), future)).isEmpty();
    }
}
