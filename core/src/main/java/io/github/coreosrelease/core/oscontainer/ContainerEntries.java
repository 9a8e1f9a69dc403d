/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.DocumentKind;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the container image entries of a {@code meta.json} and tells which shape each one has
 * (SPEC §1.2).
 *
 * <p>The entries are {@code oscontainer}, {@code base-oscontainer}, {@code extensions-container},
 * {@code kubevirt} and every item of their {@code additional-images}. The shape follows from the
 * entry's content and place:
 *
 * <ul>
 *   <li><b>pinned</b>: the image carries {@code @digest} and the entry has no {@code digest},
 *       {@code manifest-list-digest} or {@code tags};
 *   <li><b>legacy</b>: otherwise, the top-level {@code oscontainer} entry;
 *   <li><b>split</b>: otherwise.
 * </ul>
 *
 * <p>An image with a tag, an image with a digest next to {@code digest}, {@code
 * manifest-list-digest} or {@code tags}, or a malformed digest is an error that names the field's
 * JSON pointer.
 *
 * <pre>{@code
 * for (ContainerEntry entry : ContainerEntries.list(meta)) {
 *     System.out.println(entry.pointer() + " " + entry.shape());
 * }
 * }</pre>
 */
public final class ContainerEntries {
    /** The JSON pointer of the legacy OS container entry. */
    public static final String OSCONTAINER = "/oscontainer";

    /** The JSON pointer of the base OS container entry of the pinned and split shapes. */
    public static final String BASE_OSCONTAINER = "/base-oscontainer";

    /** The JSON pointer of the extensions container entry. */
    public static final String EXTENSIONS_CONTAINER = "/extensions-container";

    /** The JSON pointer of the KubeVirt container disk entry. */
    public static final String KUBEVIRT = "/kubevirt";

    private ContainerEntries() {}

    /**
     * Every container image entry of a document, validated: {@code oscontainer}, {@code
     * base-oscontainer}, {@code extensions-container}, {@code kubevirt}, each followed by its
     * additional images (depth first).
     *
     * @param meta the document
     * @return the entries, empty when the document has none
     * @throws DocumentException if an entry is malformed; the pointer names the field
     */
    public static List<ContainerEntry> list(BuildMeta meta) {
        List<ContainerEntry> entries = new ArrayList<>();
        meta.oscontainer().ifPresent(image -> collect(entries, OSCONTAINER, image));
        meta.baseOscontainer().ifPresent(image -> collect(entries, BASE_OSCONTAINER, image));
        meta.extensionsContainer().ifPresent(image -> collect(entries, EXTENSIONS_CONTAINER, image));
        meta.kubevirt().ifPresent(image -> collect(entries, KUBEVIRT, image));
        return Collections.unmodifiableList(entries);
    }

    private static void collect(List<ContainerEntry> entries, String pointer, ContainerImage image) {
        entries.add(describe(pointer, image));
        List<ContainerImage> additional = image.additionalImages().orElse(List.of());
        for (int i = 0; i < additional.size(); i++) {
            collect(entries, pointer + "/additional-images/" + i, additional.get(i));
        }
    }

    /**
     * Describes one entry, without its additional images. The pointer decides whether an entry that
     * is not pinned is legacy: only {@value #OSCONTAINER} is.
     *
     * @param pointer where the entry is, e.g. {@value #BASE_OSCONTAINER}
     * @param image the entry
     * @return the normalized view
     * @throws DocumentException if the entry is malformed; the pointer names the field
     */
    public static ContainerEntry describe(String pointer, ContainerImage image) {
        ImageReference reference = parseImage(pointer + "/image", image.image());
        Optional<Digest> digest = image.digest().map(text -> parseDigest(pointer + "/digest", text));
        Optional<Digest> listDigest =
                image.manifestListDigest().map(text -> parseDigest(pointer + "/manifest-list-digest", text));
        if (reference.tag().isPresent()) {
            throw new DocumentException(
                    DocumentKind.META,
                    pointer + "/image",
                    "expected a repository without a tag (tags belong in \"tags\"), found tag \""
                            + reference.tag().get() + "\" in \"" + image.image() + "\"");
        }
        ContainerEntry.Builder entry = ContainerEntry.builder()
                .pointer(pointer)
                .repository(reference.repository())
                .manifestListDigest(listDigest)
                .tags(image.tags())
                .comment(image.comment());
        if (reference.digest().isPresent()) {
            if (digest.isPresent() || listDigest.isPresent() || image.tags().isPresent()) {
                throw new DocumentException(
                        DocumentKind.META,
                        pointer + "/image",
                        "expected a repository without a digest, because the entry also has \"digest\","
                                + " \"manifest-list-digest\" or \"tags\" (split shape); found \"" + image.image()
                                + "\"");
            }
            return entry.shape(ContainerShape.PINNED).digest(reference.digest()).build();
        }
        ContainerShape shape = pointer.equals(OSCONTAINER) ? ContainerShape.LEGACY : ContainerShape.SPLIT;
        return entry.shape(shape).digest(digest).build();
    }

    private static ImageReference parseImage(String pointer, String text) {
        try {
            return ImageReference.parse(text);
        } catch (InvalidValueException e) {
            throw new DocumentException(DocumentKind.META, pointer, e.getMessage());
        }
    }

    private static Digest parseDigest(String pointer, String text) {
        try {
            return Digest.parse(text);
        } catch (InvalidValueException e) {
            throw new DocumentException(DocumentKind.META, pointer, e.getMessage());
        }
    }
}
