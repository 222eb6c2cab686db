/**
 * Momentum in the EMA form of docs/questions.md section 2 on least squares: the 2x2 matrices R_i, their
 * eigenvalue regimes and stability in closed form, the best eta for a spectrum, and simulation.
 * <p>Entry points: {@link org.gdlab.theory.momentum.MomentumParameters} (made by {@code ema(eta, beta)}
 * or {@code heavyBall(lr, m)}), the closed forms in {@link org.gdlab.theory.momentum.MomentumMatrix}
 * and {@link org.gdlab.theory.momentum.MomentumAnalysis}, and the whole answer for a spectrum,
 * {@link org.gdlab.theory.momentum.MomentumAnswers#of}.
 */
package org.gdlab.theory.momentum;
