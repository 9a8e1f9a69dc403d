/*
 * Copyright The coreos-release Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.coreosrelease.graph.client;

import io.github.coreosrelease.core.DocumentException;
import io.github.coreosrelease.core.internal.ModelStyle;
import io.github.coreosrelease.graph.client.internal.DeploymentFields;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a node runs and which updates it follows, from {@code rpm-ostree status --json} (SPEC §3.1).
 *
 * <ul>
 *   <li>The booted deployment is the first with {@code "booted": true}; its {@code version} must
 *       be non-empty.
 *   <li>With both {@code container-image-reference} and {@code container-image-reference-digest},
 *       the node is OCI-booted: the payload is the referenced image's repository pinned to that
 *       digest, e.g. {@code quay.io/fedora/fedora-coreos@sha256:...}. Otherwise it is
 *       OSTree-booted: the payload is {@code base-checksum} when present, else {@code checksum}.
 *   <li>The stream is the {@code com.coreos.stream} label of the image configuration ({@code
 *       base-commit-meta} -> {@code ostree.container.image-config}, a JSON document inside a
 *       string), else the {@code fedora-coreos.stream} annotation of the image manifest ({@code
 *       ostree.manifest}), else the {@code fedora-coreos.stream} key of {@code base-commit-meta}
 *       (OSTree commits). It is read the same way for OCI- and OSTree-booted nodes: a node on an
 *       image it was rebased to without a digest still names its stream. An empty value is an
 *       error.
 *   <li>The staged deployment is the first with {@code "staged": true}; same version and payload
 *       rules.
 *   <li>The other deployments (rollback, staged) are deny-listed when the next update is chosen,
 *       as Zincati does: a node that rolled back is not offered the release it came back from.
 * </ul>
 *
 * <pre>{@code
 * BootedDeployment node = BootedDeployment.from(RpmOstreeStatus.read(Path.of("status.json")));
 * // ask the graph service with oci=node.oci() and stream=node.stream().orElse(configuredStream)
 * UpdateChoice choice = UpdateChooser.findUpdate(graph, node, Set.of(), false); // deny-lists the others
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface BootedDeployment {
    /**
     * The booted release's version.
     *
     * @return a non-empty version
     */
    String version();

    /**
     * The booted payload, as graph nodes name it.
     *
     * @return an OSTree checksum or an image digest pullspec
     */
    Booted booted();

    /**
     * Which graph to ask for (the {@code oci} request parameter).
     *
     * @return {@code true} for an OCI-booted node
     */
    default boolean oci() {
        return booted().oci();
    }

    /**
     * The update stream recorded in the booted image or commit.
     *
     * @return the stream, or empty when the metadata does not say
     */
    Optional<String> stream();

    /**
     * The pending update, if one is staged.
     *
     * @return the staged deployment, or empty
     */
    Optional<StagedDeployment> staged();

    /**
     * The payloads of the node's other deployments (the rollback one, the staged one), in the order
     * of the status document; same payload rules as the booted one.
     *
     * @return the other deployments' payloads
     */
    List<Booted> otherDeployments();

    /**
     * The payloads never to update to: those of the other local deployments, as Zincati deny-lists
     * them (SPEC §3.1). A node that rolled back from a release is not offered it again.
     *
     * @return the payload texts, in status order
     */
    default Set<String> denylistPayloads() {
        Set<String> payloads = new LinkedHashSet<>();
        otherDeployments().forEach(other -> payloads.add(other.payload()));
        return Collections.unmodifiableSet(payloads);
    }

    /**
     * Reads the booted (and staged) deployment out of a status document.
     *
     * @param status the parsed {@code rpm-ostree status --json}
     * @return the booted deployment
     * @throws DocumentException naming the JSON pointer when no deployment is booted, a version is
     *     empty or missing, a payload or digest (of any deployment) is malformed, or a stream value
     *     is empty or unreadable
     */
    static BootedDeployment from(RpmOstreeStatus status) {
        Objects.requireNonNull(status, "status");
        List<RpmOstreeDeployment> deployments = status.deployments();
        int bootedIndex = -1;
        int stagedIndex = -1;
        for (int i = deployments.size() - 1; i >= 0; i--) {
            if (deployments.get(i).booted()) {
                bootedIndex = i;
            }
            if (deployments.get(i).staged()) {
                stagedIndex = i;
            }
        }
        if (bootedIndex < 0) {
            throw DeploymentFields.noBootedDeployment(deployments.size());
        }
        RpmOstreeDeployment booted = deployments.get(bootedIndex);
        Booted payload = DeploymentFields.payload(booted, bootedIndex);
        Builder builder = builder().version(DeploymentFields.version(booted, bootedIndex)).booted(payload).stream(
                DeploymentFields.stream(booted, bootedIndex));
        for (int i = 0; i < deployments.size(); i++) {
            if (i != bootedIndex) {
                builder.addOtherDeployment(DeploymentFields.payload(deployments.get(i), i));
            }
        }
        if (stagedIndex >= 0) {
            RpmOstreeDeployment staged = deployments.get(stagedIndex);
            builder.staged(StagedDeployment.builder()
                    .version(DeploymentFields.version(staged, stagedIndex))
                    .payload(DeploymentFields.payload(staged, stagedIndex))
                    .build());
        }
        return builder.build();
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BootedDeployment} values. */
    final class Builder extends ImmutableBootedDeployment.Builder {
        /** Creates an empty builder, as {@link BootedDeployment#builder()} does. */
        public Builder() {}
    }
}
