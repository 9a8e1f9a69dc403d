/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.testing.ApiRules;
import org.junit.jupiter.api.Test;

class ServiceArchitectureTest {
    @Test
    void publicApiHidesJacksonAndLogsThroughSlf4j() {
        ApiRules.check("io.github.coreosrelease.graph.service");
    }
}
