/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core;

import io.github.coreosrelease.core.testing.ApiRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    @Test
    void publicApiHidesJacksonAndLogsThroughSlf4j() {
        ApiRules.check("io.github.coreosrelease.core");
    }
}
