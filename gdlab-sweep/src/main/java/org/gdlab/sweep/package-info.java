/**
 * Sweeps: many training runs as one experiment. A {@link org.gdlab.sweep.SweepSpec} (read by
 * {@link org.gdlab.sweep.SpecReader} from JSON or YAML, or built from flags) names the base run,
 * the {@link org.gdlab.sweep.Axis axes} of {@link org.gdlab.sweep.Setting settings}, a grid or a
 * seeded {@link org.gdlab.sweep.Sampling sample} and the {@link org.gdlab.sweep.RankMetric metric};
 * {@link org.gdlab.sweep.SweepPlan} turns it into {@link org.gdlab.sweep.SweepPoint points}, each a
 * validated run config, before anything runs. {@link org.gdlab.sweep.SweepRunner} hands them as
 * {@link org.gdlab.sweep.SweepTask}s to a {@link org.gdlab.sweep.SweepEngine} ({@link
 * org.gdlab.sweep.LocalEngine}, or one of another module found by {@link org.gdlab.sweep.SweepEngines}),
 * which runs each with {@link org.gdlab.sweep.PointRunner} in its run folder (finished runs are
 * skipped, interrupted ones resume from their checkpoint, the data comes from the
 * {@link org.gdlab.sweep.DataCache}), and writes sweep.json ({@link org.gdlab.sweep.SweepRecord}).
 */
package org.gdlab.sweep;
