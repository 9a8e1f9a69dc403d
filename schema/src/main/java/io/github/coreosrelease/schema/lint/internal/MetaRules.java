/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.schema.lint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.json.internal.JsonSupport;
import io.github.coreosrelease.core.ref.ImageReference;
import io.github.coreosrelease.schema.lint.DocumentLocation;
import io.github.coreosrelease.schema.lint.Finding;
import io.github.coreosrelease.schema.lint.LintRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a {@code meta.json} may hold by coreos-assembler's schema but the pipeline does not expect
 * (SPEC §1.1): checksums that are not 64 lowercase hex characters, an {@code ostree-timestamp}
 * that is not an RFC 3339 UTC time, negative counts and sizes, an empty artifact path, cloud
 * objects without region, bucket or object, and container entries outside their shape (SPEC
 * §1.2). Our meta.json schema accepts all of these, as the upstream one does; each is a {@link
 * LintRule#META_FORMAT} warning.
 */
public final class MetaRules {
    private static final DocumentKind KIND = DocumentKind.META;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UTC_TIMESTAMP =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?Z");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final List<String> CHECKSUMS = List.of(
            "ostree-commit",
            "ostree-content-checksum",
            "rpm-ostree-inputhash",
            "coreos-assembler.image-config-checksum",
            "coreos-assembler.image-input-checksum",
            "fedora-coreos.parent-commit");
    private static final List<String> COUNTS = List.of(
            "ostree-content-bytes-written",
            "ostree-n-cache-hits",
            "ostree-n-content-total",
            "ostree-n-content-written",
            "ostree-n-metadata-total",
            "ostree-n-metadata-written");
    private static final List<String> CONTAINERS =
            List.of("oscontainer", "base-oscontainer", "extensions-container", "kubevirt");

    private final List<Finding> findings = new ArrayList<>();

    private MetaRules() {}

    /**
     * Reads and checks a {@code meta.json}.
     *
     * @param json the document, UTF-8 JSON
     * @return the findings, in the order of the properties checked
     * @throws io.github.coreosrelease.core.DocumentException if the document is not JSON or exceeds
     *     the default limits
     */
    public static List<Finding> check(byte[] json) {
        JsonNode root = JsonSupport.defaults().parse(KIND, json);
        MetaRules rules = new MetaRules();
        if (root.isObject()) {
            rules.run(root);
        }
        return rules.findings;
    }

    private void run(JsonNode root) {
        for (String name : CHECKSUMS) {
            checksum(root.get(name), "/" + name);
        }
        JsonNode timestamp = root.get("ostree-timestamp");
        if (timestamp != null
                && timestamp.isTextual()
                && !UTC_TIMESTAMP.matcher(timestamp.textValue()).matches()) {
            warn("/ostree-timestamp", "\"" + timestamp.textValue() + "\" is not an RFC 3339 time in UTC");
        }
        for (String name : COUNTS) {
            notNegative(root.get(name), "/" + name);
        }
        JsonNode images = root.get("images");
        if (images != null && images.isObject()) {
            for (Map.Entry<String, JsonNode> image : images.properties()) {
                artifact(image.getValue(), "/images/" + escape(image.getKey()));
            }
        }
        JsonNode extensions = root.get("extensions");
        if (extensions != null && extensions.isObject()) {
            checksum(extensions.get("sha256"), "/extensions/sha256");
        }
        for (String platform : List.of("ibmcloud", "powervs")) {
            JsonNode uploads = root.get(platform);
            if (uploads != null && uploads.isArray()) {
                for (int i = 0; i < uploads.size(); i++) {
                    cloudObject(uploads.get(i), "/" + platform + "/" + i);
                }
            }
        }
        for (String name : CONTAINERS) {
            container(root.get(name), "/" + name);
        }
    }

    private void artifact(JsonNode artifact, String pointer) {
        if (!artifact.isObject()) {
            return;
        }
        JsonNode path = artifact.get("path");
        if (path != null && path.isTextual() && path.textValue().isEmpty()) {
            warn(pointer + "/path", "the artifact's file name is empty");
        }
        checksum(artifact.get("sha256"), pointer + "/sha256");
        checksum(artifact.get("uncompressed-sha256"), pointer + "/uncompressed-sha256");
        notNegative(artifact.get("size"), pointer + "/size");
        notNegative(artifact.get("uncompressed-size"), pointer + "/uncompressed-size");
    }

    private void cloudObject(JsonNode upload, String pointer) {
        if (!upload.isObject()) {
            return;
        }
        for (String field : List.of("object", "bucket", "region")) {
            if (upload.get(field) == null) {
                warn(pointer, "no \"" + field + "\": the release metadata cannot list this upload by region");
            }
        }
    }

    private void container(JsonNode entry, String pointer) {
        if (entry == null || !entry.isObject() || !entry.path("image").isTextual()) {
            return;
        }
        String image = entry.get("image").textValue();
        Optional<ImageReference> reference = reference(image);
        if (reference.isEmpty()) {
            warn(pointer + "/image", "\"" + image + "\" is not an image reference");
        } else if (reference.get().digest().isPresent()) {
            for (String field : List.of("digest", "manifest-list-digest", "tags")) {
                if (entry.has(field)) {
                    warn(
                            pointer + "/" + field,
                            "an image pinned by digest (the pinned shape) has no \"" + field + "\"");
                }
            }
        } else {
            if (reference.get().tag().isPresent()) {
                warn(pointer + "/image", "\"" + image + "\" has a tag; beside a digest the image is a bare repository");
            }
            if (!entry.has("digest")) {
                warn(pointer, "no \"digest\": the image is neither pinned by digest nor given its digest");
            }
        }
        JsonNode tags = entry.get("tags");
        if (tags != null && tags.isArray()) {
            for (int i = 0; i < tags.size(); i++) {
                JsonNode tag = tags.get(i);
                if (tag.isTextual() && !TAG.matcher(tag.textValue()).matches()) {
                    warn(pointer + "/tags/" + i, "\"" + tag.textValue() + "\" is not a valid image tag");
                }
            }
        }
        JsonNode additional = entry.get("additional-images");
        if (additional != null && additional.isArray()) {
            for (int i = 0; i < additional.size(); i++) {
                container(additional.get(i), pointer + "/additional-images/" + i);
            }
        }
    }

    private static Optional<ImageReference> reference(String text) {
        try {
            return Optional.of(ImageReference.parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private void checksum(JsonNode value, String pointer) {
        if (value != null
                && value.isTextual()
                && !SHA256_HEX.matcher(value.textValue()).matches()) {
            warn(pointer, "\"" + value.textValue() + "\" is not a SHA-256 checksum (64 lowercase hex characters)");
        }
    }

    private void notNegative(JsonNode value, String pointer) {
        if (value != null && value.isNumber() && value.decimalValue().signum() < 0) {
            warn(pointer, value.asText() + " is negative");
        }
    }

    private void warn(String pointer, String message) {
        findings.add(Finding.of(LintRule.META_FORMAT, DocumentLocation.of(KIND, pointer), message));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
