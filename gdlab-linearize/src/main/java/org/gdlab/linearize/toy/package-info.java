/**
 * The 1-D regression toy of docs/questions.md section 6: targets, noisy training points and a dense
 * test grid, a small MLP trained with MSE, and its linearization reports before, during and
 * after training.
 *
 * <p>Entry points: {@link org.gdlab.linearize.toy.ToyExperiment} with {@link
 * org.gdlab.linearize.toy.ToyConfig}, and {@link org.gdlab.linearize.toy.KernelPrediction}.
 */
package org.gdlab.linearize.toy;
