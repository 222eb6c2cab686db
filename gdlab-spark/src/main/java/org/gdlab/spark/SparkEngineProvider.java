package org.gdlab.spark;

import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.SweepEngine;
import org.gdlab.sweep.SweepEngineProvider;

/** Makes the {@code spark} engine known to {@code gdlab sweep} (listed in META-INF/services). */
public final class SparkEngineProvider implements SweepEngineProvider {
    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public SweepEngine create(EngineSettings settings) {
        return new SparkEngine(settings);
    }
}
