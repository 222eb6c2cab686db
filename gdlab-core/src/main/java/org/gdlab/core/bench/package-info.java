/**
 * Throughput measurements of the numerics core, comparable with the peer programs in
 * the repository's bench/peers (bench/compare.sh runs both).
 */
package org.gdlab.core.bench;
