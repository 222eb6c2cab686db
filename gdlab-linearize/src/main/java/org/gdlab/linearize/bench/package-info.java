/**
 * Benchmarks of the linearization, shaped like the PyTorch peer
 * ({@code bench/peers/ntk_jacobian.py} in the repository) so the figures compare side by side.
 *
 * <p>Entry point: {@link org.gdlab.linearize.bench.KernelBenchmark}.
 */
package org.gdlab.linearize.bench;
