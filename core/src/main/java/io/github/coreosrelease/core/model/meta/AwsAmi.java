/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.model.meta;

import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.core.model.RawJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One AWS image of the {@code amis} or {@code aws-winli} list of a {@link BuildMeta}.
 */
@Value.Immutable
@ModelStyle
public interface AwsAmi {
    /**
     * JSON key {@code name}: the AWS region, e.g. {@code us-east-1}.
     *
     * @return the value
     */
    String name();

    /**
     * JSON key {@code hvm}: the AMI ID, e.g. {@code ami-0123456789abcdef0}.
     *
     * @return the value
     */
    String hvm();

    /**
     * JSON key {@code snapshot}: the EBS snapshot ID behind the AMI; older documents lack it (SPEC
     * §1.1).
     *
     * @return the value, or empty when the field is absent or null
     */
    Optional<String> snapshot();

    /**
     * Fields of this object that the model does not interpret, kept so that writing loses nothing.
     *
     * @return unknown fields, and explicit nulls of known ones (see {@link RawJson}), in document order
     */
    Map<String, RawJson> extraFields();

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AwsAmi} values. */
    final class Builder extends ImmutableAwsAmi.Builder {
        /** Creates an empty builder, as {@link AwsAmi#builder()} does. */
        public Builder() {}
    }
}
