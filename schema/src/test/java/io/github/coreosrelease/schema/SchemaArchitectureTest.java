/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema;

import io.github.coreosrelease.core.testing.ApiRules;
import org.junit.jupiter.api.Test;

/** The schema module's public API (validation, lint, render, diff) hides Jackson and logs through SLF4J. */
class SchemaArchitectureTest {
    @Test
    void publicApiFollowsTheProjectRules() {
        ApiRules.check("io.github.coreosrelease.schema");
    }
}
