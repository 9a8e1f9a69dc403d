/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The causes as the JDK's HTTP client reports them (a refused or unresolvable connection is a
 * {@code ConnectException} without a message), in words that name no path or URL.
 */
class IoFailuresTest {
    private static final URI PLAIN = URI.create("http://127.0.0.1:1/releases.json");
    private static final URI TLS = URI.create("https://example.invalid/releases.json");

    private static <T extends Throwable> T causedBy(T e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    @Test
    void requestProblems() {
        ConnectException refused =
                causedBy(new ConnectException(), causedBy(new ConnectException(), new ClosedChannelException()));
        ConnectException unresolved =
                causedBy(new ConnectException(), causedBy(new ConnectException(), new UnresolvedAddressException()));

        assertThat(IoFailures.requestProblem(PLAIN, refused)).isEqualTo("cannot connect to 127.0.0.1:1");
        assertThat(IoFailures.requestProblem(PLAIN, new ConnectException("Connection refused")))
                .isEqualTo("cannot connect to 127.0.0.1:1 (Connection refused)");
        assertThat(IoFailures.requestProblem(TLS, unresolved)).isEqualTo("unknown host example.invalid");
        assertThat(IoFailures.requestProblem(TLS, new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("timed out connecting to example.invalid:443");
        assertThat(IoFailures.requestProblem(PLAIN, new HttpTimeoutException("request timed out")))
                .isEqualTo("timed out waiting for the response");
        assertThat(IoFailures.requestProblem(TLS, causedBy(new IOException(), new SSLHandshakeException("bad cert"))))
                .isEqualTo("TLS failure with example.invalid:443: SSLHandshakeException: bad cert");
        assertThat(IoFailures.requestProblem(PLAIN, new IOException("connection reset")))
                .isEqualTo("IOException: connection reset");
        assertThat(IoFailures.requestProblem(PLAIN, new IOException())).isEqualTo("IOException");
    }

    @Test
    void fileProblemsDoNotRepeatThePath() {
        Path path = Path.of("/nonexistent/releases.json");

        assertThat(IoFailures.fileProblem(path, new NoSuchFileException(path.toString())))
                .isEqualTo("no such file");
        assertThat(IoFailures.fileProblem(path, new AccessDeniedException(path.toString())))
                .isEqualTo("permission denied");
        assertThat(IoFailures.fileProblem(path, new FileSystemException(path.toString(), null, "Too many open files")))
                .isEqualTo("Too many open files");
        assertThat(IoFailures.fileProblem(path, new IOException("Input/output error")))
                .isEqualTo("IOException: Input/output error");
    }
}
