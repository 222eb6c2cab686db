package org.gdlab.sweep;

/**
 * An engine that lives in another module (Spark's, in gdlab-spark), found with
 * {@link java.util.ServiceLoader} when that module is on the class path: it lists its provider in
 * {@code META-INF/services/org.gdlab.sweep.SweepEngineProvider}.
 */
public interface SweepEngineProvider {
    /**
     * The engine's name as {@code --engine} takes it, e.g. {@code spark}.
     *
     * @return the name this provider's engine answers to
     */
    String name();

    /**
     * The engine, set up with {@code settings}.
     *
     * @param settings the parallelism and cluster that {@code gdlab sweep} was given
     * @return a new engine
     */
    SweepEngine create(EngineSettings settings);
}
