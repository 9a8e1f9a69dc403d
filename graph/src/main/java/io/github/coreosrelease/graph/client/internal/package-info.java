/** Reading {@code rpm-ostree status --json} and its nested documents; not part of the public API. */
package io.github.coreosrelease.graph.client.internal;
