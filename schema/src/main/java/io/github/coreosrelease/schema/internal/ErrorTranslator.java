/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.Optional;

/**
 * Turns the validator library's errors into {@link Finding}s with messages a person can act on.
 *
 * <p>A failed {@code pattern} would otherwise quote a long regular expression; a failed {@code not}
 * would say nothing useful. For these two keywords the message is taken from the {@code
 * description} of the schema that holds the keyword, which every such schema of this module has.
 */
public final class ErrorTranslator {
    private static final int MAX_QUOTED_VALUE = 100;

    private final SchemaCatalog catalog;

    /**
     * Creates a translator.
     *
     * @param catalog the schemas the errors come from, to look up descriptions
     */
    public ErrorTranslator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Translates one error.
     *
     * @param error an error reported by a compiled schema of the catalog
     * @return the finding
     */
    public Finding translate(Error error) {
        String pointer = JsonPointers.of(error.getInstanceLocation());
        String keyword = error.getKeyword();
        return new Finding(pointer, keyword, message(error, keyword));
    }

    private String message(Error error, String keyword) {
        if ("pattern".equals(keyword)) {
            Optional<String> description = description(error.getSchemaLocation());
            if (description.isPresent()) {
                return quote(error.getInstanceNode()) + " is malformed: " + description.get();
            }
        } else if ("not".equals(keyword)) {
            Optional<String> description = description(error.getSchemaLocation());
            if (description.isPresent()) {
                return description.get();
            }
        }
        return error.getMessage();
    }

    /** The description next to the failed keyword, i.e. of the schema the keyword belongs to. */
    private Optional<String> description(SchemaLocation location) {
        NodePath fragment = location.getFragment();
        if (fragment == null || fragment.getNameCount() == 0) {
            return Optional.empty();
        }
        StringBuilder owner = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            owner.append('/').append(JsonPointers.escape(String.valueOf(fragment.getElement(i))));
        }
        return catalog.tree(location.getAbsoluteIri().toString())
                .map(tree -> tree.at(owner.toString()).path("description"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    private static String quote(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return String.valueOf(value);
        }
        String text = value.asText();
        if (text.length() > MAX_QUOTED_VALUE) {
            text = text.substring(0, MAX_QUOTED_VALUE) + "...";
        }
        return '"' + text + '"';
    }
}
