package org.gdlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.gdlab.core.validate.Check;

/**
 * Finds an engine by its {@code --engine} name: {@code local} is built in, the others are the
 * {@link SweepEngineProvider}s on the class path (Spark's, when gdlab-spark is there).
 */
public final class SweepEngines {
    private SweepEngines() {
    }

    /**
     * The engine named {@code name}, set up with {@code settings}.
     *
     * @param name the engine's name: {@code local} or a provider's
     * @param settings the parallelism and cluster to set it up with; {@code local} uses only the parallelism
     * @return the engine
     * @throws IllegalArgumentException naming {@code --engine}, the name and the engines found
     */
    public static SweepEngine create(String name, EngineSettings settings) {
        if (name.equals(LocalEngine.NAME)) {
            return new LocalEngine(settings.parallel());
        }
        List<String> found = new ArrayList<>(List.of(LocalEngine.NAME));
        for (SweepEngineProvider p : ServiceLoader.load(SweepEngineProvider.class)) {
            if (p.name().equals(name)) {
                return p.create(settings);
            }
            found.add(p.name());
        }
        throw Check.invalid("--engine", name, "is not on the class path (found: " + String.join(", ", found) + ")"
                + (name.equals("spark") ? "; the spark engine lives in the gdlab-spark module, which ./gdlab puts on "
                + "the class path for --engine spark" : ""));
    }
}
