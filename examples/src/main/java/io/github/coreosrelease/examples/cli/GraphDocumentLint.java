/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.Linter;
import java.util.ArrayList;
import java.util.List;

/** {@code lint --graph}: lints graph documents, each named in locations as given on the command line. */
final class GraphDocumentLint {
    private GraphDocumentLint() {}

    /**
     * Reads every graph document, then lints them, so that an unreadable one stops the command
     * before any output.
     *
     * @param linter the linter
     * @param sources paths, {@code -} (at most once) or URLs
     * @return the findings of every document, in the order given
     * @throws UsageException if standard input is named twice
     * @throws InputException if a source cannot be read or is not a graph document
     */
    static List<Finding> lint(Linter linter, List<String> sources) {
        List<byte[]> contents = Inputs.allBytes(sources);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            try {
                findings.addAll(linter.lintGraphDocument(contents.get(i), sources.get(i)));
            } catch (DocumentException e) {
                throw new InputException(Inputs.located(sources.get(i), e), e);
            }
        }
        return findings;
    }
}
