/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sh} blocks of a Markdown file, each with its logical lines (backslash continuations
 * joined, comments and blank lines left out) and the output block that directly follows it, if
 * any: a fenced {@code text} or {@code json} block separated from it only by blank lines.
 */
final class DocBlocks {
    private DocBlocks() {}

    /** One {@code sh} block. */
    record Block(Path file, int line, List<String> commands, Optional<String> expectedOutput) {
        String where() {
            return file.getFileName() + ":" + line;
        }
    }

    static List<Block> read(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                i++;
                continue;
            }
            String language = fence.substring(3).strip();
            int start = i;
            int end = closingFence(lines, i + 1);
            if (language.equals("sh")) {
                List<String> commands = logicalLines(lines.subList(start + 1, end));
                int next = end + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                Optional<String> output = Optional.empty();
                if (next < lines.size()) {
                    String nextFence = lines.get(next).strip();
                    if (nextFence.equals("```text") || nextFence.equals("```json")) {
                        int outputEnd = closingFence(lines, next + 1);
                        output = Optional.of(String.join("\n", lines.subList(next + 1, outputEnd)) + "\n");
                    }
                }
                blocks.add(new Block(markdown, start + 1, commands, output));
            }
            i = end + 1;
        }
        return blocks;
    }

    private static int closingFence(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("```")) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed code block after line " + from);
    }

    private static List<String> logicalLines(List<String> raw) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : raw) {
            String text = line.strip();
            if (current.length() == 0 && (text.isEmpty() || text.startsWith("#"))) {
                continue;
            }
            if (text.endsWith("\\")) {
                current.append(text, 0, text.length() - 1).append(' ');
            } else {
                current.append(text);
                commands.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            commands.add(current.toString().strip());
        }
        return commands;
    }
}
