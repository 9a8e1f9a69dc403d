/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coreosrelease.core.InvalidValueException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSourceTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://builds.example.org/streams/stable/releases.json | URL       | https://builds.example.org/streams/stable/releases.json",
                "HTTP://127.0.0.1:8080/u.json?x=1                         | URL       | HTTP://127.0.0.1:8080/u.json?x=1",
                "classpath:samples/releases.json                          | CLASSPATH | samples/releases.json",
                "classpath:/samples/releases.json                         | CLASSPATH | samples/releases.json",
                "releases.json                                            | FILE      | releases.json",
                "/srv/graph/updates.json                                  | FILE      | /srv/graph/updates.json",
            })
    void parsesEachKind(String text, DocumentSource.Kind kind, String location) {
        DocumentSource source = DocumentSource.parse(text);

        assertThat(source.kind()).isEqualTo(kind);
        assertThat(source.location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                   | invalid document source \"\": expected a file path, classpath:NAME or an http(s) URL",
                "classpath:           | invalid document source \"\": expected a non-empty classpath location",
                "http://              | invalid document source URL \"http://\": expected a valid http(s) URL: Expected authority",
                "https:///no-host     | invalid document source URL \"https:///no-host\": expected an absolute http:// or https:// URL with a host",
                "ftp://example.org/x  | invalid document source \"ftp://example.org/x\": expected a file path, classpath:NAME or an http(s) URL, not another URL scheme",
                "http://exa mple.org/ | invalid document source URL \"http://exa mple.org/\": expected a valid http(s) URL: Illegal character in authority",
            })
    void refusesWhatCannotBeFetched(String text, String message) {
        assertThatThrownBy(() -> DocumentSource.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void givesTheUriOfUrlSourcesOnly() {
        assertThat(DocumentSource.url(URI.create("https://example.org/a.json")).uri())
                .isEqualTo(URI.create("https://example.org/a.json"));
        assertThatThrownBy(() -> DocumentSource.parse("a.json").uri())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("source DocumentSource{kind=FILE, location=a.json} is a FILE, not a URL");
        assertThatThrownBy(() -> DocumentSource.url(URI.create("mailto:someone@example.org")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("invalid document source URL \"mailto:someone@example.org\": expected an absolute"
                        + " http:// or https:// URL with a host");
    }
}
