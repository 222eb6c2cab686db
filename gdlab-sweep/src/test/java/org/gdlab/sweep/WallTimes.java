package org.gdlab.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gdlab.core.io.JsonFiles;

/**
 * A results.json or sweep.json without its wall times, the part that may differ between two runs
 * of the same points: what the tests compare. Shared with gdlab-cli's tests through this module's
 * test jar.
 */
public final class WallTimes {
    /** The keys whose values are wall times. */
    public static final Set<String> KEYS = Set.of("seconds", "timings", "train_seconds", "epoch_seconds");

    private WallTimes() {
    }

    /** {@code file}'s JSON without the wall times and without the keys {@code alsoLeftOut}. */
    public static JsonNode without(Path file, String... alsoLeftOut) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(List.of(alsoLeftOut));
        JsonNode n = JsonFiles.read(file);
        strip(n, keys);
        return n;
    }

    private static void strip(JsonNode n, Set<String> keys) {
        if (n instanceof ObjectNode o) {
            o.remove(keys);
        }
        n.forEach(child -> strip(child, keys));
    }
}
