/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Review tool: pictures of update graphs, as Graphviz DOT or Mermaid text ({@link
 * io.github.coreosrelease.schema.render.GraphRenderer}) and as SVG or PNG through the Graphviz
 * {@code dot} program ({@link io.github.coreosrelease.schema.render.Graphviz}).
 */
package io.github.coreosrelease.schema.render;
