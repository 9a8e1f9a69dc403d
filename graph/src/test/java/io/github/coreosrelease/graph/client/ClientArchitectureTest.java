/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.testing.ApiRules;
import org.junit.jupiter.api.Test;

class ClientArchitectureTest {
    @Test
    void clientAndPolicyApisHideJacksonAndLogThroughSlf4j() {
        ApiRules.check("io.github.coreosrelease.graph.client");
        ApiRules.check("io.github.coreosrelease.graph.policy");
    }
}
