/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.core.ref.OstreeImageReference;
import io.github.coreosrelease.core.version.FcosVersion;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.policy.Wariness;
import java.util.Optional;

/**
 * The parsers of short values on arbitrary text: a typed error or a value whose text form parses
 * back to the same value.
 */
class ReferenceFuzzTest {
    @FuzzTest
    void imageReference(byte[] data) {
        String text = Parts.text(data);
        TypedErrors.accepts(() -> {
            ImageReference reference = ImageReference.parse(text);
            assertThat(ImageReference.parse(reference.toString())).isEqualTo(reference);
            reference.repositoryOnly();
            reference.withoutTag();
        });
    }

    @FuzzTest
    void digest(byte[] data) {
        String text = Parts.text(data);
        TypedErrors.accepts(() -> {
            Digest digest = Digest.parse(text);
            assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
        });
    }

    @FuzzTest
    void ostreeImageReference(byte[] data) {
        String text = Parts.text(data);
        TypedErrors.accepts(() -> {
            OstreeImageReference reference = OstreeImageReference.parse(text);
            assertThat(OstreeImageReference.parse(reference.toString())).isEqualTo(reference);
            reference.imageReference();
        });
    }

    @FuzzTest
    void fcosVersion(byte[] data) {
        String text = Parts.text(data);
        assertThat(FcosVersion.tryParse(text).isPresent())
                .as("tryParse agrees with parse on %s", text)
                .isEqualTo(TypedErrors.accepts(() -> {
                    FcosVersion version = FcosVersion.parse(text);
                    FcosVersion again = FcosVersion.parse(version.toString());
                    assertThat(again).isEqualTo(version);
                    assertThat(again.compareTo(version)).isZero();
                }));
    }

    /** What {@code next-update --booted} accepts: an OSTree checksum or an OCI pullspec. */
    @FuzzTest
    void booted(byte[] data) {
        String text = Parts.text(data);
        TypedErrors.accepts(() -> Booted.parse(text));
    }

    /** The {@code rollout_wariness} and {@code node_uuid} parameters of a graph request. */
    @FuzzTest
    void wariness(byte[] data) {
        // First line: rollout_wariness ("-" for none); the rest: node_uuid ("-" for none).
        Optional<String> rolloutWariness = Parts.parameter(Parts.firstLine(data));
        Optional<String> nodeUuid = Parts.parameter(Parts.text(Parts.afterFirstLine(data)));
        TypedErrors.accepts(
                () -> assertThat(Wariness.resolve(rolloutWariness, nodeUuid)).isBetween(0.0, 1.0));
        nodeUuid.ifPresent(uuid -> TypedErrors.accepts(
                () -> assertThat(Wariness.fromNodeUuid(uuid)).isBetween(0.0, 1.0)));
    }
}
