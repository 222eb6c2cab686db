/**
 * Benchmarks of the linearization, shaped like the PyTorch peer
 * ({@code shared/bench/peers/ntk_jacobian.py}) so the figures compare side by side.
 */
package org.gdlab.linearize.bench;
