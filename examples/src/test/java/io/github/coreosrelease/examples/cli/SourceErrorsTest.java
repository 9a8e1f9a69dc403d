/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that cannot be read is named once, with what was wrong with it (issue 15). */
class SourceErrorsTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableUrlNamesTheUrlAndTheCause() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/updates.json";

        CliRun run = CliRun.run("validate", "--type", "updates", url);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("error: " + url + ": cannot connect to 127.0.0.1:" + closedPort + "\n");
    }

    @Test
    void aDirectoryNamesItsPathOnce() {
        CliRun run = CliRun.run("validate", "--type", "updates", dir.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualTo("error: " + dir + ": is a directory\n");
    }
}
