/**
 * Charts of a training run (loss, accuracies, gradient norms), drawn from its
 * {@link org.gdlab.nn.train.TrainResult}; nothing is recomputed.
 *
 * <p>Entry points: {@link org.gdlab.report.train.TrainCharts#of} and {@link
 * org.gdlab.report.train.TrainCharts#drawFolder}.
 */
package org.gdlab.report.train;
