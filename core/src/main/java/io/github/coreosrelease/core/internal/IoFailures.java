/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/**
 * Says in words why a file or a URL could not be read, for messages that name the file or URL
 * once and then the cause. The JDK's own messages do not do that: a missing file's message is its
 * path again, and a refused or unresolvable HTTP connection has no message at all ({@code null}),
 * the cause being buried in the exception's causes.
 */
public final class IoFailures {
    private IoFailures() {}

    /**
     * Why a file could not be read, without its path.
     *
     * @param path the file
     * @param e what reading it threw
     * @return e.g. {@code no such file}, {@code is a directory}, {@code permission denied}, or the
     *     reason the operating system gave
     */
    public static String fileProblem(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // Opening a directory succeeds on Linux; reading it fails with "Is a directory".
        if (Files.isDirectory(path)) {
            return "is a directory";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return describe(e);
    }

    /**
     * Why an HTTP request got no response, without the URL, from the exception and its causes.
     *
     * @param uri the URL requested
     * @param e what sending the request threw
     * @return e.g. {@code unknown host example.invalid}, {@code cannot connect to 127.0.0.1:8080},
     *     {@code timed out connecting to example.org:443}, {@code TLS failure: ...}
     */
    public static String requestProblem(URI uri, IOException e) {
        String hostPort = uri.getHost() + ":" + port(uri);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "timed out connecting to " + hostPort;
            }
            if (cause instanceof HttpTimeoutException) {
                return "timed out waiting for the response";
            }
            if (cause instanceof SSLException) {
                return "TLS failure with " + hostPort + ": " + describe(cause);
            }
        }
        if (e instanceof ConnectException) {
            String message = e.getMessage();
            return "cannot connect to " + hostPort + (message == null ? "" : " (" + message + ")");
        }
        return describe(e);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * The first message along an exception's causes, with the type that carries it.
     *
     * @param e the exception
     * @return e.g. {@code EOFException: unexpected end of stream}, or the type alone when no
     *     cause has a message
     */
    public static String describe(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank()) {
                return cause.getClass().getSimpleName() + ": " + message;
            }
        }
        return e.getClass().getSimpleName();
    }
}
