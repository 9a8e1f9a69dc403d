/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.internal.JsonCursor;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.model.RawJson;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.OstreeImageReference;
import io.github.coreosrelease.graph.client.Booted;
import io.github.coreosrelease.graph.client.RpmOstreeDeployment;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules of SPEC §3.1 that turn one {@code rpm-ostree status} deployment into a version, a
 * payload and a stream. Errors are {@link DocumentException}s at the pointer of the offending
 * field; problems inside the JSON documents nested in {@code base-commit-meta} strings name the
 * pointer inside that nested document too.
 */
public final class DeploymentFields {
    private static final DocumentKind KIND = DocumentKind.RPM_OSTREE_STATUS;

    /** The image configuration, a JSON document in a string. */
    static final String IMAGE_CONFIG = "ostree.container.image-config";

    /** The image manifest, a JSON document in a string. */
    static final String MANIFEST = "ostree.manifest";

    /** The stream label of current FCOS images. */
    static final String STREAM_LABEL = "com.coreos.stream";

    /** The stream annotation of FCOS image manifests, and the stream key of FCOS OSTree commits. */
    static final String STREAM_KEY = "fedora-coreos.stream";

    private DeploymentFields() {}

    /**
     * The error for a status without a booted deployment.
     *
     * @param count how many deployments there are
     * @return the exception, to throw
     */
    public static DocumentException noBootedDeployment(int count) {
        return new DocumentException(
                KIND,
                "/deployments",
                "expected a deployment with \"booted\": true, found none among " + count + " deployments");
    }

    /**
     * The deployment's version, which must be present and non-empty.
     *
     * @param deployment the deployment
     * @param index its position in the status's {@code /deployments} array
     * @return the version
     */
    public static String version(RpmOstreeDeployment deployment, int index) {
        String pointer = pointer(index, "version");
        String version = deployment
                .version()
                .orElseThrow(() -> new DocumentException(KIND, pointer, "missing required field \"version\""));
        if (version.isEmpty()) {
            throw new DocumentException(KIND, pointer, "expected a non-empty version, found an empty string");
        }
        return version;
    }

    /**
     * The deployment's payload: the image digest pullspec when both container fields are present,
     * else the base checksum, else the checksum.
     *
     * @param deployment the deployment
     * @param index its position in the status's {@code /deployments} array
     * @return the payload
     */
    public static Booted payload(RpmOstreeDeployment deployment, int index) {
        Optional<String> reference = deployment.containerImageReference();
        Optional<String> digest = deployment.containerImageReferenceDigest();
        if (reference.isPresent() && digest.isPresent()) {
            String referencePointer = pointer(index, "container-image-reference");
            OstreeImageReference ostreeReference =
                    parse(referencePointer, () -> OstreeImageReference.parse(reference.get()));
            Digest imageDigest =
                    parse(pointer(index, "container-image-reference-digest"), () -> Digest.parse(digest.get()));
            return parse(referencePointer, () -> Booted.oci(ostreeReference.bootedPayload(imageDigest)));
        }
        if (deployment.baseChecksum().isPresent()) {
            return parse(
                    pointer(index, "base-checksum"),
                    () -> Booted.checksum(deployment.baseChecksum().get()));
        }
        return parse(pointer(index, "checksum"), () -> Booted.checksum(deployment.checksum()));
    }

    /**
     * The deployment's update stream, read the same way whether the deployment is OCI- or
     * OSTree-booted (SPEC §3.1): the {@code com.coreos.stream} label of the image configuration,
     * else the {@code fedora-coreos.stream} annotation of the image manifest (as Zincati reads it),
     * else the {@code fedora-coreos.stream} key of an OSTree commit's metadata (as FCOS commits
     * built before the move to OCI images record it).
     *
     * @param deployment the deployment
     * @param index its position in the status's {@code /deployments} array
     * @return the stream, or empty when the metadata does not name one
     */
    public static Optional<String> stream(RpmOstreeDeployment deployment, int index) {
        Optional<String> label = nested(deployment, index, IMAGE_CONFIG)
                .flatMap(config -> nestedString(config, STREAM_LABEL, "config", "Labels"));
        if (label.isPresent()) {
            return nonEmpty(
                    label,
                    pointer(index, "base-commit-meta", IMAGE_CONFIG),
                    "label " + STREAM_LABEL + " of the image configuration: ");
        }
        Optional<String> annotation = nested(deployment, index, MANIFEST)
                .flatMap(manifest -> nestedString(manifest, STREAM_KEY, "annotations"));
        if (annotation.isPresent()) {
            return nonEmpty(
                    annotation,
                    pointer(index, "base-commit-meta", MANIFEST),
                    "annotation " + STREAM_KEY + " of the image manifest: ");
        }
        return nonEmpty(metaString(deployment, index, STREAM_KEY), pointer(index, "base-commit-meta", STREAM_KEY), "");
    }

    /** A nested document plus where its string sits in the status document. */
    private static final class Nested {
        final JsonCursor root;
        final String pointer;

        Nested(JsonCursor root, String pointer) {
            this.root = root;
            this.pointer = pointer;
        }
    }

    private static Optional<String> metaString(RpmOstreeDeployment deployment, int index, String key) {
        RawJson raw = deployment.baseCommitMeta().get(key);
        if (raw == null) {
            return Optional.empty();
        }
        JsonNode value = JsonSupport.toTree(raw.json());
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new DocumentException(
                    KIND,
                    pointer(index, "base-commit-meta", key),
                    "expected a string, found " + JsonCursor.describe(value));
        }
        return Optional.of(value.textValue());
    }

    private static Optional<Nested> nested(RpmOstreeDeployment deployment, int index, String key) {
        String pointer = pointer(index, "base-commit-meta", key);
        return metaString(deployment, index, key).map(text -> {
            JsonNode root;
            try {
                root = JsonSupport.defaults().parse(KIND, text.getBytes(StandardCharsets.UTF_8));
            } catch (DocumentException e) {
                throw nestedError(pointer, e);
            }
            return new Nested(JsonCursor.root(KIND, root), pointer);
        });
    }

    /** Follows object fields down to a string field; a missing or null step gives empty. */
    private static Optional<String> nestedString(Nested nested, String key, String... objects) {
        try {
            Optional<JsonCursor> at = Optional.of(nested.root);
            for (String step : objects) {
                at = at.flatMap(cursor -> cursor.field(step));
            }
            return at.flatMap(cursor -> cursor.optionalString(key));
        } catch (DocumentException e) {
            throw nestedError(nested.pointer, e);
        }
    }

    private static DocumentException nestedError(String pointer, DocumentException e) {
        String where = e.pointer().isEmpty() ? "/" : e.pointer();
        String location = e.line().isPresent()
                ? " (line " + e.line().getAsInt() + ", column " + e.column().getAsInt() + " of the string)"
                : "";
        return new DocumentException(
                KIND, pointer, "in the JSON document inside this string, at " + where + ": " + e.problem() + location);
    }

    private static Optional<String> nonEmpty(Optional<String> value, String pointer, String what) {
        if (value.isPresent() && value.get().isEmpty()) {
            throw new DocumentException(
                    KIND, pointer, what + "expected a non-empty stream name, found an empty string");
        }
        return value;
    }

    private static <T> T parse(String pointer, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw new DocumentException(KIND, pointer, e.getMessage(), 0, 0, e);
        }
    }

    private static String pointer(int index, String... names) {
        StringBuilder pointer = new StringBuilder("/deployments/").append(index);
        for (String name : names) {
            pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
