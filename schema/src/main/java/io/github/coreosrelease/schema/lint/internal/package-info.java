/** Implementation of the lint rules; not API. */
package io.github.coreosrelease.schema.lint.internal;
