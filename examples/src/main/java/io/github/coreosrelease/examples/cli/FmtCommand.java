/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.json.DocumentWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fmt}: reads a document with its typed model and writes it back, losslessly. */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = "Read a document with its typed model and write it back (lossless, stable order).")
final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--type",
            required = true,
            converter = DocumentTypeOption.Converter.class,
            completionCandidates = DocumentTypeOption.Names.class,
            description = "Document type: ${COMPLETION-CANDIDATES}.")
    DocumentTypeOption type;

    @Option(names = "--indent", defaultValue = "2", description = "Spaces per level, 0 for compact (default 2).")
    int indent;

    @Parameters(paramLabel = "FILE", description = "The document, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        if (indent < 0 || indent > 16) {
            throw new UsageException("--indent must be between 0 and 16, got " + indent);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format(type.type()));
        if (indent == 0) {
            out.println();
        }
        return 0;
    }

    private <T> String format(DocumentType<T> documentType) {
        T document = Inputs.read(documentType, file);
        return DocumentWriter.indented(indent).writeString(documentType, document);
    }
}
