/**
 * Losses: the mean loss of a minibatch of network outputs and its gradient with respect to the
 * outputs, computed together.
 */
package org.gdlab.nn.loss;
