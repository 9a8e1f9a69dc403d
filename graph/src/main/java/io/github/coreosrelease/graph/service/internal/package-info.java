/** Implementation of the graph service: fetching, refreshing, body caching, metrics. Not API. */
package io.github.coreosrelease.graph.service.internal;
