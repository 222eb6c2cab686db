/**
 * Training: minibatch epochs from a seeded shuffle, learning-rate decay, histories, the best
 * parameters by validation accuracy, divergence detection, and checkpoints that resume bit for bit.
 */
package org.gdlab.nn.train;
