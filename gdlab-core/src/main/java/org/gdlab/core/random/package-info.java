/**
 * Seeded, reproducible, splittable random streams: the only source of randomness in gdlab.
 *
 * <p>Entry point: {@link org.gdlab.core.random.RandomStream}.
 */
package org.gdlab.core.random;
