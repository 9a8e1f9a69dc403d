/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Semantic lint of the update pipeline's documents and graphs (SPEC §5): {@link
 * io.github.coreosrelease.schema.lint.Linter} checks a release index and updates document pair and
 * the graphs built from them against the {@link io.github.coreosrelease.schema.lint.LintRule}
 * catalogue and reports {@link io.github.coreosrelease.schema.lint.Finding}s with a severity and a
 * location (a JSON pointer in a document, a release in a graph, or a node or edge of a graph
 * document).
 */
package io.github.coreosrelease.schema.lint;
