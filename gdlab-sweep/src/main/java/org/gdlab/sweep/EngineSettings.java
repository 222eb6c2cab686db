package org.gdlab.sweep;

import java.util.Optional;
import org.gdlab.core.validate.Check;

/**
 * What {@code gdlab sweep} tells an engine.
 *
 * @param parallel how many points run at a time on this machine ({@code --parallel}); an engine
 *     that spreads the points over a cluster may ignore it
 * @param master the cluster to run on ({@code --master}, e.g. {@code spark://host:7077}); empty:
 *     the engine's own default (Spark: embedded, {@code local[*]})
 */
public record EngineSettings(int parallel, Optional<String> master) {
    /**
     * Checks that {@code parallel} is at least 1.
     *
     * @param parallel points at a time on this machine, at least 1
     * @param master the cluster to run on; empty for the engine's default
     */
    public EngineSettings {
        Check.positive("parallel", parallel);
    }
}
