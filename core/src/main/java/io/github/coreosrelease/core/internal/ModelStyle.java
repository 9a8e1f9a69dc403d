/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types: JDK collections only, plain accessor
 * names, a public {@code Builder} nested in each abstract type ({@code Foo.builder()}), {@code
 * withX} copy methods.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true),
        optionalAcceptNullable = false,
        depluralize = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        overshadowImplementation = true)
public @interface ModelStyle {}
