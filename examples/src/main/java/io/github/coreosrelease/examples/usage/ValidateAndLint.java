/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.usage;

import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.json.DocumentReader;
import io.github.coreosrelease.core.json.DocumentType;
import io.github.coreosrelease.core.model.ReleaseIndex;
import io.github.coreosrelease.core.model.Updates;
import io.github.coreosrelease.schema.Problem;
import io.github.coreosrelease.schema.Validator;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.FindingFormat;
import io.github.coreosrelease.schema.lint.Linter;
import java.io.PrintStream;
import java.util.List;

/**
 * Checks a release index and an updates document the way a reviewer of a change to them would:
 * first each against its JSON Schema (every problem, with its JSON pointer), then the pair and
 * every graph built from it with the semantic lint rules, at a given instant.
 *
 * <p>Usage: {@code ValidateAndLint EPOCH_SECONDS [releases.json updates.json]} (default: the
 * bundled sample stream).
 */
public final class ValidateAndLint {
    private ValidateAndLint() {}

    /**
     * Runs the example on standard output.
     *
     * @param args the instant, then optional paths
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example.
     *
     * @param args the instant, then optional paths
     * @param out where problems and findings go
     */
    public static void run(String[] args, PrintStream out) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ValidateAndLint EPOCH_SECONDS [releases.json updates.json]");
        }
        long now = Long.parseLong(args[0]);
        byte[] indexJson = SampleFiles.read(args, 1, "samples/releases.json");
        byte[] updatesJson = SampleFiles.read(args, 2, "samples/updates.json");

        Validator validator = Validator.standard();
        List<Problem> problems = validator.validate(DocumentKind.RELEASE_INDEX, indexJson);
        problems.forEach(p -> out.println("release index " + where(p) + ": " + p.message()));
        List<Problem> updateProblems = validator.validate(DocumentKind.UPDATES, updatesJson);
        updateProblems.forEach(p -> out.println("updates " + where(p) + ": " + p.message()));
        out.println("schema problems: " + (problems.size() + updateProblems.size()));

        DocumentReader reader = DocumentReader.standard();
        ReleaseIndex index = reader.read(DocumentType.RELEASE_INDEX, indexJson);
        Updates updates = reader.read(DocumentType.UPDATES, updatesJson);
        List<Finding> findings = Linter.at(now).lint(index, updates);
        out.print(FindingFormat.text(findings, DocumentKind::displayName));
        out.println("lint findings: " + findings.size());
    }

    /** The problem's JSON pointer, with the root (the empty pointer) named so it can be read. */
    private static String where(Problem problem) {
        return problem.pointer().isEmpty() ? "(root)" : problem.pointer();
    }
}
