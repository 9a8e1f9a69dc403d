package io.github.coreosrelease.graph.internal;

import io.github.coreosrelease.graph.NodeMetadata;
import java.util.Map;

/**
 * Everything the updates document says about one version, already as node metadata: the keys in
 * the order they were first set, and the flags the edge rules need.
 */
public final class VersionUpdates {
    /** What applies to a version without updates entries: nothing. */
    public static final VersionUpdates NONE = new VersionUpdates(Map.of());

    private final String[] keys;
    private final String[] values;
    private final boolean barrier;
    private final boolean rollout;
    private final boolean deadEnd;

    /**
     * Freezes folded metadata.
     *
     * @param metadata node metadata keys and values, in the order they were first set
     */
    VersionUpdates(Map<String, String> metadata) {
        this.keys = new String[metadata.size()];
        this.values = new String[metadata.size()];
        int i = 0;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            keys[i] = entry.getKey();
            values[i] = entry.getValue();
            i++;
        }
        // The same tests as the readers of NodeMetadata, so that built graphs and served graphs agree.
        this.barrier = metadata.containsKey(NodeMetadata.BARRIER);
        this.rollout = metadata.containsKey(NodeMetadata.ROLLOUT);
        this.deadEnd = NodeMetadata.TRUE.equals(metadata.get(NodeMetadata.DEADEND));
    }

    /**
     * The number of metadata entries.
     *
     * @return the count
     */
    public int size() {
        return keys.length;
    }

    /**
     * The key of an entry.
     *
     * @param i entry position
     * @return the key
     */
    public String key(int i) {
        return keys[i];
    }

    /**
     * The value of an entry.
     *
     * @param i entry position
     * @return the value
     */
    public String value(int i) {
        return values[i];
    }

    /**
     * Whether the version is a barrier.
     *
     * @return {@code true} for a barrier
     */
    public boolean barrier() {
        return barrier;
    }

    /**
     * Whether the version is being rolled out.
     *
     * @return {@code true} for a rollout
     */
    public boolean rollout() {
        return rollout;
    }

    /**
     * Whether the version is a dead-end.
     *
     * @return {@code true} for a dead-end
     */
    public boolean deadEnd() {
        return deadEnd;
    }
}
