/**
 * Charts of the linearization runs ({@code gdlab linearize} and its suite), built from their
 * result records: gradient norms, fit, singular values, principal features and training loss.
 *
 * <p>Entry points: {@link org.gdlab.report.linearize.LinearizeCharts}, {@link
 * org.gdlab.report.linearize.SuiteCharts}, {@link org.gdlab.report.linearize.ModelCharts} and
 * {@link org.gdlab.report.linearize.KernelPredictionCharts}.
 */
package org.gdlab.report.linearize;
