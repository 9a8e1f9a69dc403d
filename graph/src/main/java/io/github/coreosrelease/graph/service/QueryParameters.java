/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.service;

import io.github.coreosrelease.core.InvalidValueException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads single-valued parameters from decoded request parameters, for the service's queries. */
final class QueryParameters {
    private QueryParameters() {}

    /**
     * The one value of a parameter.
     *
     * @param parameters every parameter name with its values in request order
     * @param name the parameter
     * @return its value, empty when absent
     * @throws InvalidValueException if the parameter is given more than once: the request is
     *     ambiguous (the reference service refuses it too)
     */
    static Optional<String> single(Map<String, ? extends Collection<String>> parameters, String name) {
        Collection<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidValueException(
                    "parameter " + name, values.size() + " values", "the parameter at most once");
        }
        return Optional.of(values.iterator().next());
    }
}
