/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import io.github.coreosrelease.schema.Problem;
import io.github.coreosrelease.schema.Validator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: checks documents against this library's JSON Schemas (SPEC §5). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check documents against their JSON Schema and print every problem as FILE: POINTER: message.",
            "Exit 0 when all documents are valid, 1 otherwise."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--type",
            required = true,
            converter = DocumentTypeOption.Converter.class,
            completionCandidates = DocumentTypeOption.Names.class,
            description = "Document type: ${COMPLETION-CANDIDATES}.")
    DocumentTypeOption type;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents; - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        List<byte[]> contents = Inputs.allBytes(files);
        PrintWriter out = spec.commandLine().getOut();
        boolean valid = true;
        for (int i = 0; i < files.size(); i++) {
            List<Problem> problems = Validator.standard().validate(type.type().kind(), contents.get(i));
            for (Problem problem : problems) {
                out.println(files.get(i) + ": " + pointer(problem.pointer()) + ": " + problem.message()
                        + location(problem));
            }
            valid &= problems.isEmpty();
        }
        return valid ? 0 : Main.EXIT_INVALID;
    }

    /** The whole document is shown as {@code /}, as in the CLI's other messages. */
    private static String pointer(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String location(Problem problem) {
        if (problem.line().isEmpty()) {
            return "";
        }
        return " (line " + problem.line().getAsInt() + ", column "
                + problem.column().getAsInt() + ")";
    }
}
