/**
 * Fedora CoreOS release versions ({@code X.YYYYMMDD.S.N}) and their ordering.
 */
package io.github.coreosrelease.core.version;
