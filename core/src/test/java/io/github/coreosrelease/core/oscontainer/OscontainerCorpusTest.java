/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.json.JsonTrees;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OscontainerCorpusTest {
    private static final String RHCOS = "meta/rhcos-x86_64-legacy-oscontainer.json";
    private static final String DIGEST = "sha256:f8d18011913e87ae59d3781f3d07819267d43401ab444fb3b5794a5eb392b915";

    @Test
    void theLegacyRhcosMetaGoesToSplitAndBackExactly() throws IOException {
        Path file = Corpus.file(RHCOS);
        byte[] original = Files.readAllBytes(file);
        BuildMeta legacy = DocumentReader.standard().read(DocumentType.META, original);
        assertThat(ContainerEntries.list(legacy))
                .containsExactly(ContainerEntry.builder()
                        .pointer("/oscontainer")
                        .shape(ContainerShape.LEGACY)
                        .repository("registry.svc.ci.openshift.org/rhcos-devel/machine-os-content")
                        .digest(Digest.parse(DIGEST))
                        .build());

        MigrationResult toSplit = OscontainerMigration.migrate(legacy, ContainerShape.SPLIT);
        assertThat(toSplit.dropped()).isEmpty();
        assertThat(toSplit.meta().oscontainer()).isEmpty();
        assertThat(toSplit.meta().baseOscontainer())
                .hasValue(ContainerImage.builder()
                        .image("registry.svc.ci.openshift.org/rhcos-devel/machine-os-content")
                        .digest(DIGEST)
                        .build());
        assertThat(ContainerEntries.list(toSplit.meta()).get(0).shape()).isEqualTo(ContainerShape.SPLIT);
        // Nothing but the entry moved.
        assertThat(BuildMeta.builder()
                        .from(toSplit.meta())
                        .baseOscontainer(Optional.empty())
                        .build())
                .isEqualTo(BuildMeta.builder()
                        .from(legacy)
                        .oscontainer(Optional.empty())
                        .build());

        MigrationResult back = OscontainerMigration.migrate(toSplit.meta(), ContainerShape.LEGACY);
        assertThat(back.dropped()).isEmpty();
        assertThat(back.meta()).isEqualTo(legacy);
        byte[] written = DocumentWriter.indented(4).write(DocumentType.META, back.meta());
        assertThat(written).isEqualTo(DocumentWriter.indented(4).write(DocumentType.META, legacy));
        assertThat(JsonTrees.tree(written)).isEqualTo(JsonTrees.tree(original));
    }

    @Test
    void theFcosMetaHasNoContainerEntryAndMigratesToItself() {
        BuildMeta fcos = DocumentReader.standard().read(DocumentType.META, Corpus.file("meta/fcos-x86_64.json"));

        assertThat(ContainerEntries.list(fcos)).isEmpty();
        for (ContainerShape target : ContainerShape.values()) {
            assertThat(OscontainerMigration.migrate(fcos, target).meta()).isEqualTo(fcos);
        }
    }
}
