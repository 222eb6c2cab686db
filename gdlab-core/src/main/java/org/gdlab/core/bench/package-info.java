/**
 * Throughput measurements of the numerics core, comparable with the peer programs in
 * shared/bench/peers.
 */
package org.gdlab.core.bench;
