/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.pipeline;

import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate process for {@link MetaStoreTest}: adds {@code COUNT} keys {@code PREFIX-<i>} to a
 * meta.json through {@link MetaStore#update}. It prints {@code ready} and waits for a line on
 * standard input before it starts, so that the test can start several workers at the same moment.
 */
public final class MetaStoreWorker {
    private MetaStoreWorker() {}

    /**
     * Runs the worker.
     *
     * @param args the meta.json path, the key prefix and the number of updates
     * @throws IOException if standard input fails
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (in.readLine() == null) {
            throw new IllegalStateException("standard input closed before the start signal");
        }
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            int value = i;
            MetaStore.update(
                    file,
                    meta -> BuildMeta.builder()
                            .from(meta)
                            .putExtraField(key, RawJson.of(Integer.toString(value)))
                            .build());
            // Acknowledged: the update is on disk.
            System.out.println("ack " + key);
            System.out.flush();
        }
    }
}
