/**
 * Losses: the mean loss of a minibatch of network outputs and its gradient with respect to the
 * outputs, computed together.
 *
 * <p>Entry points: {@link org.gdlab.nn.loss.Loss} and {@link org.gdlab.nn.loss.LossKind}.
 */
package org.gdlab.nn.loss;
