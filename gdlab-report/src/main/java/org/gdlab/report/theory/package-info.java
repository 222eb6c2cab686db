/**
 * Charts of the theory results (gradient descent, momentum, noise, ridge), built from the result
 * records of gdlab-theory alone; nothing here computes a result.
 *
 * <p>Entry points: {@link org.gdlab.report.theory.GdCharts}, {@link
 * org.gdlab.report.theory.MomentumCharts}, {@link org.gdlab.report.theory.NoiseCharts} and {@link
 * org.gdlab.report.theory.RidgeCharts}.
 */
package org.gdlab.report.theory;
