/**
 * Noise augmentation as regularization: the identity {@code E||(X+N)w - y||^2 = ||Xw - y||^2 +
 * m sigma^2 ||w||^2} checked by Monte Carlo, gradient descent with fresh input noise on one scalar
 * point (the recurrence of {@code E[w_t]} against simulation) and SGD over the rows of X, whose mean
 * converges to ridge with {@code lambda = sigma^2} in the {@code (1/m)} form.
 *
 * <p>Entry points: {@link org.gdlab.theory.noise.NoiseIdentity}, {@link
 * org.gdlab.theory.noise.ScalarNoisyGd} and {@link org.gdlab.theory.noise.NoisySgd}.
 */
package org.gdlab.theory.noise;
