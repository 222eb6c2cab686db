/**
 * The Hessian of a network's training loss through Hessian-vector products: the products
 * themselves, its top eigenvalues by Lanczos, its trace by Hutchinson's estimator and its spectral
 * density by stochastic Lanczos quadrature (docs/questions.md section 7, see docs/sharpness.md).
 */
package org.gdlab.nn.hessian;
