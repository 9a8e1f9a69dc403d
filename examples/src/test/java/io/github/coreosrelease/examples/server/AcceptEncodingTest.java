/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL                   | false",
                "''                     | false",
                "gzip                   | true",
                "GZIP                   | true",
                "x-gzip                 | true",
                "deflate, gzip;q=0.5    | true",
                "gzip;q=0               | false",
                "gzip;q=0.000           | false",
                "gzip; q=0.001          | true",
                "gzip;q=1.0             | true",
                "gzip;q=2               | false",
                "gzip;q=nan             | false",
                "br                     | false",
                "*                      | true",
                "*;q=0                  | false",
                "gzip;q=0, *            | false",
                "identity;q=1, *;q=0.5  | true",
            })
    void acceptsGzipWithANonZeroQuality(String header, boolean expected) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isEqualTo(expected);
    }
}
