/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.schema.internal.PrettyJson;
import java.util.List;
import java.util.function.Function;

/**
 * Writes lint findings as text lines or as JSON, naming documents as the caller wishes (e.g. by the
 * file they were read from). A {@link GraphDocumentLocation} carries its document's name itself.
 *
 * <pre>{@code
 * Function<DocumentKind, String> names = kind -> kind == DocumentKind.UPDATES ? "updates/stable.json" : "releases.json";
 * System.out.print(FindingFormat.text(findings, names));
 * // error unknown-update-version updates/stable.json#/releases/4/version: version ... is not in the release index, ...
 * }</pre>
 */
public final class FindingFormat {
    private FindingFormat() {}

    /**
     * One finding as {@code SEVERITY RULE-ID LOCATION: message}, where a document location is
     * {@code <name>#<pointer>}, a graph location {@code <basearch>/<scheme>@<version>} and a graph
     * document location {@link GraphDocumentLocation#describe()}.
     *
     * @param finding the finding
     * @param documentName the name of each document kind
     * @return the line, without line break
     */
    public static String line(Finding finding, Function<DocumentKind, String> documentName) {
        return finding.severity().label() + " " + finding.ruleId() + " " + location(finding.location(), documentName)
                + ": " + finding.message();
    }

    /**
     * Findings as text, one {@link #line} per finding.
     *
     * @param findings the findings
     * @param documentName the name of each document kind
     * @return the lines, each ending with a newline; empty for no findings
     */
    public static String text(List<Finding> findings, Function<DocumentKind, String> documentName) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(line(finding, documentName)).append('\n');
        }
        return text.toString();
    }

    /**
     * Findings as a JSON array of objects {@code {"rule", "severity", "location", "message"}}; a
     * document location is {@code {"document", "pointer"}}, a graph location {@code {"stream",
     * "basearch", "scheme", "version"}}, a graph document location {@code {"document", "pointer",
     * "version"}}, without {@code version} for an edge.
     *
     * @param findings the findings
     * @param documentName the name of each document kind
     * @return the JSON text, indented by two spaces, ending with a newline
     */
    public static String json(List<Finding> findings, Function<DocumentKind, String> documentName) {
        ArrayNode array = PrettyJson.array();
        for (Finding finding : findings) {
            ObjectNode object = array.addObject();
            object.put("rule", finding.ruleId());
            object.put("severity", finding.severity().label());
            ObjectNode location = object.putObject("location");
            if (finding.location() instanceof DocumentLocation document) {
                location.put("document", documentName.apply(document.document()));
                location.put("pointer", document.pointer());
            } else if (finding.location() instanceof GraphLocation graph) {
                location.put("stream", graph.scope().stream());
                location.put("basearch", graph.scope().basearch());
                location.put("scheme", GraphLocation.scheme(graph.scope()));
                location.put("version", graph.version());
            } else if (finding.location() instanceof GraphDocumentLocation graphDocument) {
                location.put("document", graphDocument.document());
                location.put("pointer", graphDocument.pointer());
                graphDocument.version().ifPresent(version -> location.put("version", version));
            }
            object.put("message", finding.message());
        }
        return PrettyJson.write(array);
    }

    private static String location(Location location, Function<DocumentKind, String> documentName) {
        if (location instanceof DocumentLocation document) {
            return documentName.apply(document.document()) + "#" + document.pointer();
        }
        return location.describe();
    }
}
