/**
 * Benchmarks of the linearization, shaped like the PyTorch peer
 * ({@code bench/peers/ntk_jacobian.py} in the repository) so the figures compare side by side.
 */
package org.gdlab.linearize.bench;
