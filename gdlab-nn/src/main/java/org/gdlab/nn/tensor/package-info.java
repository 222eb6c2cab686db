/**
 * The numeric backend the networks share between float32 and float64: the precision of a network
 * and element access to its off-heap matrices, so each loop is written once for both precisions.
 */
package org.gdlab.nn.tensor;
