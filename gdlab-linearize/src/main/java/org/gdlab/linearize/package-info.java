/**
 * The local linearization {@code f(x; theta + d) ~ f(x; theta) + phi(x) . d} of a gdlab-nn network:
 * its features {@code phi(x) = df(x)/dtheta}, built explicitly or through the kernel
 * {@code K = Phi Phi^T}, their singular values and principal features.
 *
 * <p>Entry points: {@link org.gdlab.linearize.FeatureSpectrum} (the singular values and principal
 * features of a net), {@link org.gdlab.linearize.KernelFeatures} and {@link
 * org.gdlab.linearize.JacobianMatrix}.
 */
package org.gdlab.linearize;
