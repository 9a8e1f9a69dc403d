/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import static io.github.coreosrelease.schema.testing.TestDocs.NOW;
import static io.github.coreosrelease.schema.testing.TestDocs.V1;
import static io.github.coreosrelease.schema.testing.TestDocs.V2;
import static io.github.coreosrelease.schema.testing.TestDocs.V4;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanIndex;
import static io.github.coreosrelease.schema.testing.TestDocs.cleanUpdates;
import static io.github.coreosrelease.schema.testing.TestDocs.hex;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.model.PayloadAlias;
import io.github.coreosrelease.core.model.PayloadAliases;
import io.github.coreosrelease.core.model.VersionAliases;
import io.github.coreosrelease.core.ref.Digest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint of a payload aliases document against the stream's graphs (SPEC §2.5). */
class PayloadAliasLintTest {
    private final Linter linter = Linter.at(NOW);

    private static Digest digest(String seed) {
        return Digest.parse("sha256:" + hex(seed));
    }

    private static VersionAliases version(String version, String architecture, Digest good, Digest bad) {
        return VersionAliases.builder()
                .version(version)
                .putArchitecture(
                        architecture, PayloadAlias.builder().good(good).bad(bad).build())
                .build();
    }

    @Test
    void aliasesThatAddNoNodeOrNameAnotherGoodDigestAreWarnings() {
        PayloadAliases aliases = PayloadAliases.builder()
                .addVersion(version(V1, "x86_64", digest("oci " + V1), digest("bad 1")))
                .addVersion(version(V2, "x86_64", digest("other"), digest("bad 2")))
                .addVersion(version(V4, "x86_64", digest("oci " + V4), digest("bad 4")))
                .addVersion(version(V1 + "x", "riscv64", digest("x"), digest("bad x")))
                .build();

        List<String> findings = linter.lint(cleanIndex(), cleanUpdates(), aliases).stream()
                .map(Finding::describe)
                .toList();

        assertThat(findings)
                .containsExactly(
                        "warning payload-alias-good-mismatch payload-aliases#/" + V2 + "/x86_64: the good digest "
                                + digest("other") + " is not the digest of the release's payload "
                                + "quay.io/fedora/fedora-coreos@sha256:" + hex("oci " + V2)
                                + "; the alias node still leads where " + V2 + " does",
                        "warning payload-alias-unused payload-aliases#/" + V4 + "/x86_64: " + V4
                                + " is the newest release of the OCI graph of x86_64: nodes booted from "
                                + digest("bad 4") + " have nothing to update to yet",
                        "warning payload-alias-unused payload-aliases#/" + V1 + "x/riscv64: stream stable has no"
                                + " OCI graph of riscv64");
    }

    @Test
    void aliasesThatEachAddANodeLeaveTheCleanPairClean() {
        PayloadAliases aliases = PayloadAliases.builder()
                .addVersion(version(V1, "x86_64", digest("oci " + V1), digest("bad 1")))
                .addVersion(version(V2, "x86_64", digest("oci " + V2), digest("bad 2")))
                .build();

        // The alias nodes repeat versions (no graph-duplicate-version) and reach the newest release
        // through their release's edges (no graph-stranded).
        assertThat(linter.lint(cleanIndex(), cleanUpdates(), aliases)).isEmpty();
        assertThat(linter.lint(cleanIndex(), cleanUpdates())).isEmpty();
    }
}
