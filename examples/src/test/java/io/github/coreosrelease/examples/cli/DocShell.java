/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small part of POSIX shell syntax that the documentation's {@code sh} blocks may use: words
 * with single and double quotes, backslash escapes, {@code $NAME}/{@code ${NAME}} expansion from
 * earlier {@code NAME=value} lines and one {@code > FILE} redirect. Anything else (pipes, command
 * substitution, {@code &&} chains in a CLI line) is refused, so that a documented command never
 * means something else to the test than to a reader's shell.
 */
final class DocShell {
    private DocShell() {}

    /** One command line: its words after expansion and the file its stdout goes to, if any. */
    record Line(List<String> words, String redirect) {}

    static Line parse(String text, Map<String, String> variables) {
        List<String> words = new ArrayList<>();
        String redirect = null;
        StringBuilder word = null;
        boolean redirectNext = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (word != null) {
                    if (redirectNext) {
                        redirect = word.toString();
                        redirectNext = false;
                    } else {
                        words.add(word.toString());
                    }
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                if (c == '>') {
                    if (redirectNext || redirect != null) {
                        throw new IllegalArgumentException("more than one redirect in: " + text);
                    }
                    redirectNext = true;
                    i++;
                    continue;
                }
                if ("|&;<`(){}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException(
                            "shell syntax '" + c + "' is not supported in documented commands: " + text);
                }
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated single quote in: " + text);
                }
                word.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(text, i + 1, word, variables);
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$') {
                i = expand(text, i, word, variables);
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            if (redirectNext) {
                redirect = word.toString();
                redirectNext = false;
            } else {
                words.add(word.toString());
            }
        }
        if (redirectNext) {
            throw new IllegalArgumentException("redirect without a file in: " + text);
        }
        return new Line(List.copyOf(words), redirect);
    }

    private static int doubleQuoted(String text, int start, StringBuilder word, Map<String, String> variables) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "\"\\$".indexOf(text.charAt(i + 1)) >= 0) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$') {
                i = expand(text, i, word, variables);
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote in: " + text);
    }

    private static int expand(String text, int dollar, StringBuilder word, Map<String, String> variables) {
        int i = dollar + 1;
        boolean braced = i < text.length() && text.charAt(i) == '{';
        int start = braced ? i + 1 : i;
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String name = text.substring(start, end);
        if (name.isEmpty() || (braced && (end >= text.length() || text.charAt(end) != '}'))) {
            throw new IllegalArgumentException("unsupported expansion at column " + dollar + " in: " + text);
        }
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("variable $" + name + " is not set before: " + text);
        }
        word.append(value);
        return braced ? end + 1 : end;
    }
}
