package org.gdlab.sweep;

import java.io.Serializable;

/**
 * One point of a sweep as an engine hands it to a worker: plain strings, so that it crosses a
 * process or a cluster unchanged (Spark serializes it to its executors).
 *
 * @param index the point's place in the sweep (from 0)
 * @param name the point's name, also its run folder's name under the sweep's folder
 * @param configJson the point's run config as config.json holds it
 * @param runDir the run folder, a path every worker sees
 * @serial exclude
 */
public record SweepTask(int index, String name, String configJson, String runDir) implements Serializable {
}
