/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.core.oscontainer;

import io.github.coreosrelease.core.ConversionException;
import io.github.coreosrelease.core.InvalidValueException;
import io.github.coreosrelease.core.internal.ImageTags;
import io.github.coreosrelease.core.model.meta.BuildMeta;
import io.github.coreosrelease.core.model.meta.ContainerImage;
import io.github.coreosrelease.core.ref.Digest;
import io.github.coreosrelease.core.ref.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Migrates the container image entries of a whole {@code meta.json} to one shape (SPEC §1.2).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The OS container lives under {@code oscontainer} in the legacy shape and under {@code
 *       base-oscontainer} in the pinned and split shapes; migrating moves it between the keys.
 *   <li>To <b>split</b>: a legacy entry keeps its fields unchanged; a pinned entry is split at
 *       {@code @} into {@code image} and {@code digest} (no tags, no list digest).
 *   <li>To <b>legacy</b>: the OS container becomes {@code {image, digest}} plus its {@code comment}
 *       and unknown fields; tags, the list digest and the additional images are dropped. The other
 *       entries have no legacy form and keep their shape.
 *   <li>To <b>pinned</b>: {@code image} becomes {@code repository@digest}; tags and the list
 *       digest are dropped.
 *   <li>Additional images follow their entry into the pinned or split shape.
 * </ul>
 *
 * <p>A migration never invents a digest or a tag, never uses the manifest-list digest in place of
 * the architecture-specific one, and leaves every other field of the document as it is. Legacy to
 * split and back returns the original document exactly. What the target shape has no place for is
 * listed in {@link MigrationResult#dropped()}.
 *
 * <pre>{@code
 * MigrationResult result = OscontainerMigration.migrate(meta, ContainerShape.SPLIT);
 * BuildMeta migrated = result.meta();
 * result.dropped().forEach(d -> log.warn("dropped {}: {}", d.pointer(), d.reason()));
 * }</pre>
 */
public final class OscontainerMigration {
    private OscontainerMigration() {}

    /**
     * Migrates every container entry of a document to the target shape.
     *
     * @param meta the document
     * @param target the shape to migrate to
     * @return the migrated document and what could not be kept
     * @throws io.github.coreosrelease.core.DocumentException if an entry is malformed (see {@link
     *     ContainerEntries})
     * @throws ConversionException if the target needs a digest an entry does not have, or the
     *     document has both {@code oscontainer} and {@code base-oscontainer}; the message starts
     *     with the JSON pointer
     */
    public static MigrationResult migrate(BuildMeta meta, ContainerShape target) {
        return migrate(meta, target, Optional.empty());
    }

    /**
     * Migrates every container entry of a document to the split shape and gives the OS container
     * ({@code base-oscontainer}) a tag. Legacy and pinned entries have no tags, and the release
     * metadata generator needs the floating tag (e.g. {@code stable}) to write {@code
     * oci-image.image}; this names it, so that the migrated document is ready for it. The tag is
     * added after the entry's existing tags, unless it is one of them already.
     *
     * @param meta the document
     * @param tag the tag to give the OS container, e.g. {@code stable}
     * @return the migrated document and what could not be kept
     * @throws io.github.coreosrelease.core.InvalidValueException if the tag is not an image tag
     * @throws ConversionException as {@link #migrate(BuildMeta, ContainerShape)}, and if the document
     *     has no OS container to tag
     */
    public static MigrationResult migrateToSplit(BuildMeta meta, String tag) {
        if (!ImageTags.isTag(tag)) {
            throw new InvalidValueException("tag", tag, ImageTags.SHAPE);
        }
        return migrate(meta, ContainerShape.SPLIT, Optional.of(tag));
    }

    private static MigrationResult migrate(BuildMeta meta, ContainerShape target, Optional<String> tag) {
        // Validate every entry first, so that a malformed one fails the migration wherever it is.
        ContainerEntries.list(meta);
        if (meta.oscontainer().isPresent() && meta.baseOscontainer().isPresent()) {
            throw new ConversionException(ContainerEntries.OSCONTAINER
                    + ": the document has both " + ContainerEntries.OSCONTAINER + " and "
                    + ContainerEntries.BASE_OSCONTAINER
                    + ", so the OS container cannot be moved between them; remove one of them first");
        }
        List<DroppedValue> dropped = new ArrayList<>();
        BuildMeta.Builder migrated = BuildMeta.builder().from(meta);

        Optional<ContainerImage> os = meta.oscontainer().or(meta::baseOscontainer);
        if (os.isPresent()) {
            String pointer =
                    meta.oscontainer().isPresent() ? ContainerEntries.OSCONTAINER : ContainerEntries.BASE_OSCONTAINER;
            ContainerImage image = os.get();
            if (target == ContainerShape.LEGACY) {
                migrated.oscontainer(toLegacy(pointer, image, dropped)).baseOscontainer(Optional.empty());
            } else {
                ContainerImage shaped = toShape(pointer, image, target, dropped);
                migrated.baseOscontainer(tag.map(t -> withTag(shaped, t)).orElse(shaped))
                        .oscontainer(Optional.empty());
            }
        } else if (tag.isPresent()) {
            throw new ConversionException(ContainerEntries.BASE_OSCONTAINER
                    + ": missing, so there is no OS container to give the tag \"" + tag.get() + "\"");
        }
        if (target != ContainerShape.LEGACY) {
            meta.extensionsContainer()
                    .ifPresent(image -> migrated.extensionsContainer(
                            toShape(ContainerEntries.EXTENSIONS_CONTAINER, image, target, dropped)));
            meta.kubevirt()
                    .ifPresent(image -> migrated.kubevirt(toShape(ContainerEntries.KUBEVIRT, image, target, dropped)));
        }
        return MigrationResult.builder().meta(migrated.build()).dropped(dropped).build();
    }

    private static ContainerImage withTag(ContainerImage image, String tag) {
        List<String> tags = new ArrayList<>(image.tags().orElse(List.of()));
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
        return ContainerImage.builder().from(image).tags(tags).build();
    }

    private static ContainerImage toLegacy(String pointer, ContainerImage image, List<DroppedValue> dropped) {
        ContainerEntry entry = ContainerEntries.describe(pointer, image);
        if (entry.shape() == ContainerShape.LEGACY) {
            return image;
        }
        Digest digest = requireDigest(entry, ContainerShape.LEGACY);
        image.tags().ifPresent(tags -> dropped.add(DroppedValue.of(pointer + "/tags", "the legacy shape has no tags")));
        image.manifestListDigest()
                .ifPresent(d -> dropped.add(DroppedValue.of(
                        pointer + "/manifest-list-digest", "the legacy shape has no manifest-list digest")));
        image.additionalImages()
                .ifPresent(list -> dropped.add(DroppedValue.of(
                        pointer + "/additional-images",
                        "the legacy shape has no additional images (" + list.size() + " dropped)")));
        return ContainerImage.builder()
                .from(image)
                .image(entry.repository())
                .digest(digest.toString())
                .manifestListDigest(Optional.empty())
                .tags(Optional.empty())
                .additionalImages(Optional.empty())
                .build();
    }

    private static ContainerImage toShape(
            String pointer, ContainerImage image, ContainerShape target, List<DroppedValue> dropped) {
        ContainerEntry entry = ContainerEntries.describe(pointer, image);
        ContainerImage.Builder migrated = ContainerImage.builder().from(image);
        if (target == ContainerShape.SPLIT && entry.shape() == ContainerShape.PINNED) {
            // Splitting at '@' keeps the digest; there are no tags or list digest to carry.
            migrated.image(entry.repository()).digest(entry.digest().map(Digest::toString));
        } else if (target == ContainerShape.PINNED && entry.shape() != ContainerShape.PINNED) {
            Digest digest = requireDigest(entry, ContainerShape.PINNED);
            migrated.image(ImageReference.of(entry.repository(), digest).toString())
                    .digest(Optional.empty())
                    .manifestListDigest(Optional.empty())
                    .tags(Optional.empty());
            image.manifestListDigest()
                    .ifPresent(d -> dropped.add(DroppedValue.of(
                            pointer + "/manifest-list-digest", "the pinned shape has no manifest-list digest")));
            image.tags()
                    .ifPresent(tags -> dropped.add(DroppedValue.of(pointer + "/tags", "the pinned shape has no tags")));
        }
        if (image.additionalImages().isPresent()) {
            List<ContainerImage> items = image.additionalImages().get();
            List<ContainerImage> migratedItems = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                migratedItems.add(toShape(pointer + "/additional-images/" + i, items.get(i), target, dropped));
            }
            migrated.additionalImages(migratedItems);
        }
        return migrated.build();
    }

    private static Digest requireDigest(ContainerEntry entry, ContainerShape target) {
        return entry.digest()
                .orElseThrow(() -> new ConversionException(entry.pointer()
                        + "/digest: missing, but the " + target.jsonName()
                        + " shape needs the architecture-specific digest"
                        + (entry.manifestListDigest().isPresent()
                                ? "; the manifest-list-digest is never used in its place"
                                : "")));
    }
}
