/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.core.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Lint over the real documents of the shared corpus. */
class LintCorpusTest {
    /** 2026-08-01T00:00:00Z, after the newest corpus document. */
    private static final long NOW = 1_785_542_400L;

    private final Linter linter = Linter.at(NOW);
    private final DocumentReader reader = DocumentReader.standard();

    private List<Path> updatesDocuments() {
        List<Path> files = new ArrayList<>(Corpus.jsonFiles("updates"));
        files.addAll(Corpus.jsonFiles("updates-history"));
        // The first testing document (2019) has the legacy layout that the reader refuses (SPEC §2).
        files.remove(Corpus.file("updates-history/testing/0001.json"));
        return files;
    }

    @Test
    void onlyTheTwoDocumentsWithAHundredPercentBreakTheStartPercentageRange() {
        ReleaseIndex none = ReleaseIndex.builder().build();
        List<String> found = new ArrayList<>();
        for (Path file : updatesDocuments()) {
            Updates updates = reader.read(DocumentType.UPDATES, file);
            for (Finding finding : linter.lintDocuments(none, updates)) {
                if (finding.ruleId().equals(LintRule.START_PERCENTAGE_RANGE.id())) {
                    found.add(Corpus.dir().relativize(file) + " " + finding.describe());
                }
            }
        }

        String message = "start_percentage is 100, expected a fraction from 0 to 1 (0.5 offers the release to half"
                + " the fleet)";
        assertThat(found)
                .containsExactly(
                        "updates-history/testing/0006.json error start-percentage-range"
                                + " updates#/releases/1/metadata/rollout/start_percentage: " + message,
                        "updates-history/testing/0007.json error start-percentage-range"
                                + " updates#/releases/1/metadata/rollout/start_percentage: " + message);
    }

    private ReleaseIndex earlyStableIndex() {
        return reader.read(DocumentType.RELEASE_INDEX, Corpus.file("release-index/fcos-stable-early.json"));
    }

    private List<String> lintWithEarlyIndex(String updatesFile) {
        Updates updates = reader.read(DocumentType.UPDATES, Corpus.file(updatesFile));
        return linter.lint(earlyStableIndex(), updates).stream()
                .map(Finding::describe)
                .toList();
    }

    @Test
    void theUpdatesDocumentOfTheSameDayAsTheEarlyIndexIsClean() {
        // Both describe stable as of January 2021: 33.20201214.3.1 is being rolled out.
        assertThat(lintWithEarlyIndex("updates-history/stable/0031.json")).isEmpty();
    }

    @Test
    void anOlderUpdatesDocumentDoesNotOfferTheNewestReleaseYet() {
        assertThat(lintWithEarlyIndex("updates-history/stable/0030.json"))
                .containsExactly("warning newest-not-offered x86_64/checksum@33.20201214.3.1: no release can update to"
                        + " the newest release 33.20201214.3.1: it is neither a barrier nor a rollout, so all 25 other"
                        + " releases are stranded");
    }

    @Test
    void aNewerUpdatesDocumentNamesAReleaseTheIndexDoesNotHaveYet() {
        assertThat(lintWithEarlyIndex("updates-history/stable/0032.json"))
                .containsExactly("error unknown-update-version updates#/releases/4/version: version 33.20210104.3.0"
                        + " is not in the release index, so this entry has no effect");
    }

    @Test
    void everyStableUpdatesDocumentLintsAgainstTheEarlyIndex() {
        ReleaseIndex index = earlyStableIndex();
        Map<String, Integer> counts = new TreeMap<>();
        int documents = 0;
        for (Path file : updatesDocuments()) {
            if (!file.toString().contains("stable")) {
                continue;
            }
            documents++;
            for (Finding finding : linter.lint(index, reader.read(DocumentType.UPDATES, file))) {
                counts.merge(finding.ruleId(), 1, Integer::sum);
            }
        }

        // Only the documents of January 2021 offer the index's newest release; later ones name
        // releases the index does not have.
        assertThat(documents).isEqualTo(204);
        assertThat(counts).isEqualTo(Map.of("newest-not-offered", 202, "unknown-update-version", 1453));
    }

    @Test
    void theTrackerSamplesPair() {
        ReleaseIndex index =
                reader.read(DocumentType.RELEASE_INDEX, Corpus.file("tracker-samples/release-index-sample.json"));
        Updates updates = reader.read(DocumentType.UPDATES, Corpus.file("tracker-samples/updates-sample.json"));

        // The sample's dead-end names a preview release that the sample index does not list.
        assertThat(linter.lint(index, updates).stream().map(Finding::describe))
                .containsExactly("error unknown-update-version updates#/releases/0/version: version 30.20190716.1 is"
                        + " not in the release index, so this entry has no effect");
    }
}
