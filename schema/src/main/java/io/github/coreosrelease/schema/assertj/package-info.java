/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * AssertJ assertions for release teams' tests on what a change does to an update graph ({@link
 * io.github.coreosrelease.schema.assertj.DiffAssertions}); assertions on one graph are in {@link
 * io.github.coreosrelease.graph.assertj.CoreosAssertions}. Needs {@code assertj-core} on the class
 * path.
 */
package io.github.coreosrelease.schema.assertj;
