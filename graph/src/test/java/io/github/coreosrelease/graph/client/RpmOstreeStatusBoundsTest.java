/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.DocumentException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code rpm-ostree status --json} is read with the readers' bounds (issue 16 item 2). */
class RpmOstreeStatusBoundsTest {
    @Test
    void anExponentBeyondAnIntIsADocumentExceptionWithPointerAndLine() {
        byte[] json = "{\"deployments\": [{\"x\": 1e9999999999}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RpmOstreeStatus.read(json))
                .isInstanceOf(DocumentException.class)
                .hasMessage("rpm-ostree status: /deployments/0/x: number 1e9999999999 has an exponent beyond the"
                        + " limit of 1000 (its magnitude is far beyond any value of these documents)"
                        + " (line 1, column 24)");
    }
}
