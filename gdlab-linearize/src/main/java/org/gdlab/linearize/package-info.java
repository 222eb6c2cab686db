/**
 * The local linearization {@code f(x; theta + d) ~ f(x; theta) + phi(x) . d} of a gdlab-nn network:
 * its features {@code phi(x) = df(x)/dtheta}, built explicitly or through the kernel
 * {@code K = Phi Phi^T}, their singular values and principal features.
 */
package org.gdlab.linearize;
