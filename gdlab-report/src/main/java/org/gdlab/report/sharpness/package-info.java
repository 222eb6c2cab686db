/**
 * The charts of problem 1 asked of networks: a Hessian's spectral density and top eigenvalues,
 * sharpness against 2/eta along full-batch GD, and the learning-rate range test.
 *
 * <p>Entry points: {@link org.gdlab.report.sharpness.SharpnessCharts}, {@link
 * org.gdlab.report.sharpness.EdgeOfStabilityCharts} and {@link
 * org.gdlab.report.sharpness.RangeTestCharts}.
 */
package org.gdlab.report.sharpness;
