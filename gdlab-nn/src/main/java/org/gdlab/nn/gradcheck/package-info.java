/**
 * Gradient checks: backward passes compared with centred finite differences in float64, for
 * every layer, every loss and whole networks.
 *
 * <p>Entry points: {@link org.gdlab.nn.gradcheck.GradientCheckSuite} and {@link
 * org.gdlab.nn.gradcheck.GradientCheck}.
 */
package org.gdlab.nn.gradcheck;
