/** Implementation of graph rendering; not API. */
package io.github.coreosrelease.schema.render.internal;
