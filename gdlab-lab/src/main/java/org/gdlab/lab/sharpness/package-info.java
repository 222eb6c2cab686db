/**
 * Problem 1 asked of networks: the sharpness of a run or of a fresh net ({@code gdlab sharpness})
 * and the learning-rate range test beside the closed-form edge ({@code gdlab lr-find}).
 *
 * <p>Entry points: {@link org.gdlab.lab.sharpness.SharpnessMeasurement} and {@link
 * org.gdlab.lab.sharpness.LearningRateFinder}.
 */
package org.gdlab.lab.sharpness;
