/**
 * The Hessian of a network's training loss through Hessian-vector products: the products
 * themselves, its top eigenvalues by Lanczos, its trace by Hutchinson's estimator and its spectral
 * density by stochastic Lanczos quadrature (docs/questions.md section 7, see docs/sharpness.md).
 *
 * <p>Entry points: {@link org.gdlab.nn.hessian.PearlmutterHessian}, {@link
 * org.gdlab.nn.hessian.HessianSpectrum#measure}, {@link org.gdlab.nn.hessian.Lanczos}, and for
 * training runs {@link org.gdlab.nn.hessian.SharpnessTracking}.
 */
package org.gdlab.nn.hessian;
