/**
 * The numeric backend the networks share between float32 and float64: the precision of a network
 * and element access to its off-heap matrices, so each loop is written once for both precisions.
 *
 * <p>Entry points: {@link org.gdlab.nn.tensor.Precision} and {@link org.gdlab.nn.tensor.Rows}.
 */
package org.gdlab.nn.tensor;
