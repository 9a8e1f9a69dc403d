/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static io.github.coreosrelease.schema.Fixtures.Edit.remove;
import static io.github.coreosrelease.schema.Fixtures.Edit.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.Fixtures.Edit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Valid fixtures broken by exactly one change are rejected with exactly one, precisely placed, problem. */
class BrokenDocumentsTest {
    private static final String DIGEST = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private final Validator validator = Validator.standard();

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void unbrokenFixturesAreValid(DocumentKind kind, String fixture) {
        assertThat(validator.validate(kind, Fixtures.resource("valid/" + fixture)))
                .isEmpty();
    }

    static Stream<Arguments> validFixtures() {
        return Stream.of(
                arguments(DocumentKind.META, "meta.json"),
                arguments(DocumentKind.RELEASE, "release.json"),
                arguments(DocumentKind.RELEASE_INDEX, "release-index.json"),
                arguments(DocumentKind.UPDATES, "updates.json"),
                arguments(DocumentKind.GRAPH, "graph.json"),
                arguments(DocumentKind.GRAPH_ERROR, "graph-error.json"),
                arguments(DocumentKind.STREAM, "stream.json"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("brokenDocuments")
    void oneDefectGivesOneProblemAtItsPointer(
            DocumentKind kind, String fixture, Edit edit, String pointer, String keyword, String inMessage) {
        List<Problem> problems = validator.validate(kind, Fixtures.edited(fixture, edit));

        assertThat(problems).hasSize(1);
        Problem problem = problems.get(0);
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(problem.keyword()).isEqualTo(keyword);
        assertThat(problem.message()).contains(inMessage);
        assertThat(problem.line()).isPresent();
    }

    static Stream<Arguments> brokenDocuments() {
        DocumentKind meta = DocumentKind.META;
        DocumentKind release = DocumentKind.RELEASE;
        DocumentKind index = DocumentKind.RELEASE_INDEX;
        DocumentKind updates = DocumentKind.UPDATES;
        DocumentKind graph = DocumentKind.GRAPH;
        DocumentKind error = DocumentKind.GRAPH_ERROR;
        DocumentKind stream = DocumentKind.STREAM;
        String rollout = "/releases/2/metadata/rollout";
        String x86 = "/architectures/x86_64";
        return Stream.of(
                // meta.json (SPEC 1.1)
                arguments(meta, "meta.json", remove("/buildid"), "", "required", "buildid"),
                arguments(meta, "meta.json", remove("/ostree-version"), "", "required", "ostree-version"),
                arguments(
                        meta, "meta.json", set("/ostree-commit", "\"981ddd48\""), "/ostree-commit", "minLength", "64"),
                arguments(
                        meta,
                        "meta.json",
                        set("/ostree-timestamp", "\"2025-01-05 10:20:30\""),
                        "/ostree-timestamp",
                        "pattern",
                        "UTC"),
                arguments(meta, "meta.json", remove("/images/ostree"), "/images", "required", "ostree"),
                arguments(meta, "meta.json", remove("/images/metal/sha256"), "/images/metal", "required", "sha256"),
                arguments(meta, "meta.json", set("/amis/0/hvm", "5"), "/amis/0/hvm", "type", "string expected"),
                arguments(meta, "meta.json", remove("/gcp/url"), "/gcp", "required", "url"),
                arguments(meta, "meta.json", remove("/ibmcloud/0/url"), "/ibmcloud/0", "required", "url"),
                arguments(
                        meta,
                        "meta.json",
                        set("/coreos-assembler.oci-imported", "\"yes\""),
                        "/coreos-assembler.oci-imported",
                        "type",
                        "boolean expected"),
                arguments(
                        meta,
                        "meta.json",
                        set("/coreos-assembler.oci-imported-labels/com.coreos.stream", "41"),
                        "/coreos-assembler.oci-imported-labels/com.coreos.stream",
                        "type",
                        "string expected"),
                arguments(
                        meta,
                        "meta.json",
                        remove("/coreos-assembler.container-config-git/origin"),
                        "/coreos-assembler.container-config-git",
                        "required",
                        "origin"),
                // container entries (SPEC 1.2)
                arguments(
                        meta,
                        "meta.json",
                        set("/base-oscontainer/digest", "\"sha256:ABC\""),
                        "/base-oscontainer/digest",
                        "pattern",
                        "64 or sha512 with 128"),
                arguments(
                        meta,
                        "meta.json",
                        set("/base-oscontainer/manifest-list-digest", "\"md5:0123\""),
                        "/base-oscontainer/manifest-list-digest",
                        "pattern",
                        "\"md5:0123\" is malformed"),
                arguments(
                        meta,
                        "meta.json",
                        set("/extensions-container/image", "\"quay.io/example/fcos-extensions@sha256:abc\""),
                        "/extensions-container/image",
                        "pattern",
                        "what follows must be a digest"),
                arguments(
                        meta,
                        "meta.json",
                        set(
                                "/kubevirt",
                                "{\"image\": \"quay.io/fedora/fedora-coreos-kubevirt\", \"digest\": \"" + DIGEST
                                        + "\", \"additional-images\": [{\"image\": \"quay.io/x/y\", \"digest\":"
                                        + " \"sha256:0\"}]}"),
                        "/kubevirt/additional-images/0/digest",
                        "pattern",
                        "64 or sha512 with 128"),
                // release.json (SPEC 1.4)
                arguments(release, "release.json", remove("/stream"), "", "required", "stream"),
                arguments(release, "release.json", remove(x86 + "/media"), x86, "required", "media"),
                arguments(
                        release,
                        "release.json",
                        set(x86 + "/commit", "\"not-a-checksum\""),
                        x86 + "/commit",
                        "pattern",
                        "SHA-256"),
                arguments(
                        release,
                        "release.json",
                        set(x86 + "/oci-image/digest-ref", "\"quay.io/fedora/fedora-coreos:stable\""),
                        x86 + "/oci-image/digest-ref",
                        "pattern",
                        "cannot move"),
                arguments(
                        release,
                        "release.json",
                        remove(x86 + "/media/qemu/artifacts/qcow2.xz/disk/sha256"),
                        x86 + "/media/qemu/artifacts/qcow2.xz/disk",
                        "required",
                        "sha256"),
                arguments(
                        release,
                        "release.json",
                        remove(x86 + "/media/metal/artifacts/pxe/kernel/signature"),
                        x86 + "/media/metal/artifacts/pxe/kernel",
                        "required",
                        "signature"),
                arguments(
                        release,
                        "release.json",
                        set(x86 + "/media/aws/images/us-east-1", "{}"),
                        x86 + "/media/aws/images/us-east-1",
                        "required",
                        "image"),
                arguments(
                        release,
                        "release.json",
                        remove(x86 + "/media/gcp/image/name"),
                        x86 + "/media/gcp/image",
                        "required",
                        "name"),
                arguments(
                        release,
                        "release.json",
                        set("/metadata/last-modified", "\"yesterday\""),
                        "/metadata/last-modified",
                        "pattern",
                        "RFC 3339"),
                // releases.json (SPEC 1.5)
                arguments(index, "release-index.json", remove("/metadata"), "", "required", "metadata"),
                arguments(
                        index,
                        "release-index.json",
                        remove("/releases/1/version"),
                        "/releases/1",
                        "required",
                        "version"),
                arguments(
                        index,
                        "release-index.json",
                        set("/releases/0/commits/1/checksum", "\"abc\""),
                        "/releases/0/commits/1/checksum",
                        "pattern",
                        "64 lowercase hexadecimal"),
                arguments(
                        index,
                        "release-index.json",
                        remove("/releases/0/commits"),
                        "/releases/0",
                        "required",
                        "oci-images"),
                arguments(
                        index,
                        "release-index.json",
                        remove("/releases/2/oci-images/0/architecture"),
                        "/releases/2/oci-images/0",
                        "required",
                        "architecture"),
                arguments(
                        index,
                        "release-index.json",
                        set("/releases/2/oci-images/0/digest-ref", "\"quay.io/fedora/fedora-coreos:stable\""),
                        "/releases/2/oci-images/0/digest-ref",
                        "pattern",
                        "immutable"),
                arguments(index, "release-index.json", set("/releases", "{}"), "/releases", "type", "array expected"),
                // updates (SPEC 1.6)
                arguments(
                        updates,
                        "updates.json",
                        remove("/releases/0/metadata/barrier/reason"),
                        "/releases/0/metadata/barrier",
                        "required",
                        "reason"),
                arguments(
                        updates,
                        "updates.json",
                        remove("/releases/1/metadata/deadend/reason"),
                        "/releases/1/metadata/deadend",
                        "required",
                        "reason"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/start_percentage", "\"50%\""),
                        rollout + "/start_percentage",
                        "type",
                        "number expected"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/start_percentage", "-0.25"),
                        rollout + "/start_percentage",
                        "minimum",
                        "minimum value of 0"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/start_epoch", "\"soon\""),
                        rollout + "/start_epoch",
                        "type",
                        "integer expected"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/duration_minutes", "2.5"),
                        rollout + "/duration_minutes",
                        "type",
                        "integer expected"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/duration_minutes", "-1"),
                        rollout + "/duration_minutes",
                        "minimum",
                        "minimum value of 0"),
                arguments(
                        updates,
                        "updates.json",
                        set(rollout + "/duration_minutes", "18446744073709551616"),
                        rollout + "/duration_minutes",
                        "maximum",
                        "18446744073709551615"),
                arguments(updates, "updates.json", remove("/releases/2/version"), "/releases/2", "required", "version"),
                // graph (SPEC 1.7)
                arguments(graph, "graph.json", remove("/edges"), "", "required", "edges"),
                arguments(graph, "graph.json", remove("/nodes/1/payload"), "/nodes/1", "required", "payload"),
                arguments(
                        graph,
                        "graph.json",
                        set("/nodes/0/metadata/org.fedoraproject.coreos.releases.age_index", "0"),
                        "/nodes/0/metadata/org.fedoraproject.coreos.releases.age_index",
                        "type",
                        "string expected"),
                arguments(graph, "graph.json", set("/edges/0", "[0]"), "/edges/0", "minItems", "at least 2"),
                arguments(graph, "graph.json", set("/edges/0", "[0, 1, 1]"), "/edges/0", "maxItems", "at most 2"),
                arguments(graph, "graph.json", set("/edges/0/1", "-1"), "/edges/0/1", "minimum", "minimum value of 0"),
                arguments(graph, "graph.json", set("/edges/0/0", "\"0\""), "/edges/0/0", "type", "integer expected"),
                // graph error (SPEC 1.7)
                arguments(error, "graph-error.json", remove("/kind"), "", "required", "kind"),
                arguments(error, "graph-error.json", set("/value", "404"), "/value", "type", "string expected"),
                // stream metadata (SPEC 1.8)
                arguments(
                        stream,
                        "stream.json",
                        remove("/metadata/last-modified"),
                        "/metadata",
                        "required",
                        "last-modified"),
                arguments(
                        stream,
                        "stream.json",
                        remove(x86 + "/artifacts/metal/release"),
                        x86 + "/artifacts/metal",
                        "required",
                        "release"),
                arguments(
                        stream,
                        "stream.json",
                        set(x86 + "/artifacts/qemu/formats/qcow2.xz/disk/uncompressed-sha256", "\"z\""),
                        x86 + "/artifacts/qemu/formats/qcow2.xz/disk/uncompressed-sha256",
                        "pattern",
                        "\"z\" is malformed"),
                arguments(
                        stream,
                        "stream.json",
                        set(x86 + "/images/aws/regions/us-east-1/image", "\"\""),
                        x86 + "/images/aws/regions/us-east-1/image",
                        "minLength",
                        "at least 1"),
                arguments(
                        stream,
                        "stream.json",
                        set(x86 + "/images/gcp/project", "3"),
                        x86 + "/images/gcp/project",
                        "type",
                        "string expected"),
                arguments(
                        stream,
                        "stream.json",
                        set(x86 + "/images/kubevirt/digest-ref", "\"quay.io/fedora/fedora-coreos-kubevirt:stable\""),
                        x86 + "/images/kubevirt/digest-ref",
                        "pattern",
                        "by digest"));
    }

    @Test
    void everyDocumentKindWithASchemaHasBrokenCases() {
        assertThat(brokenDocuments().map(arguments -> (DocumentKind) arguments.get()[0]))
                .containsAll(validator.supportedKinds());
        assertThat(brokenDocuments().count()).isGreaterThanOrEqualTo(30);
    }
}
