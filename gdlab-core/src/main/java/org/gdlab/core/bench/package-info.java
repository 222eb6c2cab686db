/**
 * Throughput measurements of the numerics core, comparable with the peer programs in
 * the repository's bench/peers (bench/compare.sh runs both).
 *
 * <p>Entry point: {@link org.gdlab.core.bench.GemmBenchmark}.
 */
package org.gdlab.core.bench;
