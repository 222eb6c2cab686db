/**
 * The least-squares problem {@code Xw ~ y} seen through the SVD {@code X = U S V^T}: its squared
 * singular values, its rotated targets {@code y' = U^T y}, and exact iteration counts to eps.
 *
 * <p>Entry points: {@link org.gdlab.theory.spectrum.LeastSquaresSpectrum} and {@link
 * org.gdlab.theory.spectrum.IterationCount}.
 */
package org.gdlab.theory.spectrum;
