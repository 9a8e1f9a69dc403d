/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import static io.github.coreosrelease.schema.Fixtures.Edit.remove;
import static io.github.coreosrelease.schema.Fixtures.Edit.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.Fixtures.Edit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our meta.json schema and coreos-assembler's own draft-07 schema (from the corpus) agree on the
 * real meta.json files and on broken ones.
 */
class UpstreamMetaSchemaAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema upstream;

    private final Validator validator = Validator.standard();

    @BeforeAll
    static void loadUpstreamSchema() throws IOException {
        Path file = Fixtures.corpus().resolve("schema/coreos-assembler-meta-v1.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            upstream = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(in);
        }
    }

    private static List<Error> upstreamErrors(byte[] json) throws IOException {
        return upstream.validate(MAPPER.readTree(json));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusMetaFiles")
    void bothSchemasAcceptTheCorpusMetaFiles(String name) throws IOException {
        byte[] json = Files.readAllBytes(Fixtures.corpus().resolve("meta").resolve(name));

        assertThat(upstreamErrors(json)).isEmpty();
        assertThat(validator.validate(DocumentKind.META, json)).isEmpty();
    }

    static Stream<String> corpusMetaFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.corpus().resolve("meta"))) {
            List<String> names =
                    files.map(file -> file.getFileName().toString()).sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no meta.json files in the corpus");
            }
            return names.stream();
        }
    }

    @Test
    void bothSchemasAcceptOurValidFixture() throws IOException {
        byte[] json = Fixtures.resource("valid/meta.json");

        assertThat(upstreamErrors(json)).isEmpty();
        assertThat(validator.validate(DocumentKind.META, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMeta")
    void bothSchemasRejectBrokenMeta(Edit edit, String pointer, String keyword) throws IOException {
        byte[] json = Fixtures.edited("meta.json", edit);

        assertThat(upstreamErrors(json))
                .singleElement()
                .satisfies(error -> assertThat(error.getKeyword()).isEqualTo(keyword));
        assertThat(validator.validate(DocumentKind.META, json)).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.keyword()).isEqualTo(keyword);
        });
    }

    static Stream<Arguments> brokenMeta() {
        return Stream.of(
                arguments(remove("/buildid"), "", "required"),
                arguments(remove("/ostree-timestamp"), "", "required"),
                arguments(set("/coreos-assembler.image-genver", "\"0\""), "/coreos-assembler.image-genver", "type"),
                arguments(remove("/images/ostree"), "/images", "required"),
                arguments(remove("/images/qemu/sha256"), "/images/qemu", "required"),
                arguments(set("/amis/0/hvm", "5"), "/amis/0/hvm", "type"),
                arguments(remove("/gcp/url"), "/gcp", "required"),
                arguments(
                        set("/coreos-assembler.oci-imported-labels/version", "41"),
                        "/coreos-assembler.oci-imported-labels/version",
                        "type"),
                arguments(
                        remove("/coreos-assembler.container-config-git/commit"),
                        "/coreos-assembler.container-config-git",
                        "required"));
    }
}
