/**
 * The 1-D regression toy of docs/questions.md section 6: targets, noisy training points and a dense
 * test grid, a small MLP trained with MSE, and its linearization reports before, during and
 * after training.
 */
package org.gdlab.linearize.toy;
