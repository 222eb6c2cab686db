/**
 * Momentum in the EMA form of docs/questions.md section 2 on least squares: the 2x2 matrices R_i, their
 * eigenvalue regimes and stability in closed form, the best eta for a spectrum, and simulation.
 */
package org.gdlab.theory.momentum;
