/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.oscontainer.ContainerEntries;
import io.github.coreosrelease.core.oscontainer.ContainerEntry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code oscontainer show}: one JSON object per container entry, {@code {"pointer", "shape",
 * "repository", "digest", "manifest-list-digest", "tags"}}, absent values as {@code null}.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "List the container image entries of a meta.json with their shape, as a JSON array.")
final class OscontainerShowCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "META_JSON", description = "The meta.json, or - for standard input.")
    String file;

    @Override
    public Integer call() throws JsonProcessingException {
        BuildMeta meta = Inputs.read(DocumentType.META, file);
        List<ContainerEntry> entries;
        try {
            entries = ContainerEntries.list(meta);
        } catch (DocumentException e) {
            throw new InputException(Inputs.located(file, e), e);
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (ContainerEntry entry : entries) {
            ObjectNode object = array.addObject();
            object.put("pointer", entry.pointer());
            object.put("shape", entry.shape().jsonName());
            object.put("repository", entry.repository());
            object.put("digest", entry.digest().map(Object::toString).orElse(null));
            object.put(
                    "manifest-list-digest",
                    entry.manifestListDigest().map(Object::toString).orElse(null));
            if (entry.tags().isPresent()) {
                ArrayNode tags = object.putArray("tags");
                entry.tags().get().forEach(tags::add);
            } else {
                object.putNull("tags");
            }
        }
        spec.commandLine().getOut().println(MAPPER.writer(printer()).writeValueAsString(array));
        return 0;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
