/**
 * Seeded, reproducible, splittable random streams: the only source of randomness in gdlab.
 */
package org.gdlab.core.random;
