/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import io.github.coreosrelease.core.model.CincinnatiGraph;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.UpdateRelease;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.graph.GraphBuilder;
import io.github.coreosrelease.graph.GraphSet;
import io.github.coreosrelease.graph.NodeMetadata;
import io.github.coreosrelease.graph.policy.GraphPolicy;
import io.github.coreosrelease.schema.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticStreamTest {
    private static final long NOW = 1_750_000_000L;

    @Test
    void isShapedLikeTheStableStream() {
        ReleaseIndex index = SyntheticStream.releaseIndex(300);
        Updates updates = SyntheticStream.updates(index, NOW, 1L);

        assertThat(index.releases()).hasSize(300);
        assertThat(index.releases().get(0).version()).isEqualTo("32.20200601.3.0");
        assertThat(index.releases().get(299).version()).isEqualTo("43.20250430.3.0");
        assertThat(index.releases().get(179).ociImages()).isEmpty();
        assertThat(index.releases().get(180).ociImages().orElseThrow()).hasSize(4);
        List<UpdateRelease> entries = updates.releases();
        assertThat(entries.stream().filter(e -> e.metadata().barrier().isPresent()))
                .hasSize(11);
        assertThat(entries.stream().filter(e -> e.metadata().deadend().isPresent()))
                .hasSize(2);
        assertThat(entries.stream().filter(e -> e.metadata().rollout().isPresent()))
                .extracting(UpdateRelease::version)
                .containsExactly("43.20250424.3.0", "43.20250430.3.0");
    }

    @Test
    void passesSchemaValidationAndBuildsEveryGraph() {
        ReleaseIndex index = SyntheticStream.releaseIndex(300);
        Updates updates = SyntheticStream.updates(index, NOW, 1L);

        assertThat(Validator.standard()
                        .validate(
                                DocumentKind.RELEASE_INDEX,
                                DocumentWriter.compact().write(DocumentType.RELEASE_INDEX, index)))
                .isEmpty();
        assertThat(Validator.standard()
                        .validate(DocumentKind.UPDATES, DocumentWriter.compact().write(DocumentType.UPDATES, updates)))
                .isEmpty();
        GraphSet graphs = GraphBuilder.buildAll(index, updates, SyntheticStream.STREAM);
        assertThat(graphs.architectures()).containsExactlyInAnyOrderElementsOf(SyntheticStream.ARCHITECTURES);
        CincinnatiGraph checksum = graphs.graph("x86_64", false).orElseThrow();
        assertThat(checksum.nodes()).hasSize(300);
        assertThat(graphs.graph("s390x", true).orElseThrow().nodes()).hasSize(120);
        assertThat(checksum.nodes().stream().filter(NodeMetadata::isDeadEnd)).hasSize(2);
        // The newest rollout is in progress: a cautious client does not see it yet, a canary does.
        int newest = 299;
        assertThat(GraphPolicy.apply(checksum, 1.0, NOW).edges()).noneMatch(edge -> edge.target() == newest);
        assertThat(GraphPolicy.apply(checksum, 0.0, NOW).edges()).anyMatch(edge -> edge.target() == newest);
    }

    @Test
    void isDeterministic() {
        ReleaseIndex index = SyntheticStream.releaseIndex(50);

        assertThat(SyntheticStream.releaseIndex(50)).isEqualTo(index);
        assertThat(SyntheticStream.updates(index, NOW, 1L)).isEqualTo(SyntheticStream.updates(index, NOW, 1L));
    }
}
