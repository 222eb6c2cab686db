/**
 * Sweeps: many training runs as one experiment. A {@link org.gdlab.sweep.SweepTask} is one
 * point (a run config and its run folder), {@link org.gdlab.sweep.PointRunner} runs it there
 * (finished runs are skipped, interrupted ones resume from their checkpoint), and a
 * {@link org.gdlab.sweep.SweepEngine} runs the points.
 */
package org.gdlab.sweep;
