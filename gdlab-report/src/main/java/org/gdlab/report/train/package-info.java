/**
 * Charts of a training run (loss, accuracies, gradient norms), drawn from its
 * {@link org.gdlab.nn.train.TrainResult}; nothing is recomputed.
 */
package org.gdlab.report.train;
