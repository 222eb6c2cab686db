/**
 * Gradient descent on least squares (docs/questions.md section 1): stable learning rates, contraction
 * factors, the optimal eta, and iterations to eps in closed form and by running the recurrence.
 *
 * <p>Entry point: {@link org.gdlab.theory.gd.GradientDescentAnalysis} with {@link
 * org.gdlab.theory.gd.GdConfig}.
 */
package org.gdlab.theory.gd;
