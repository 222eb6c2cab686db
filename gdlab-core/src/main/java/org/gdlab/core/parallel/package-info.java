/**
 * A fixed team of threads for the data-parallel training step, handing work over without
 * allocating.
 */
package org.gdlab.core.parallel;
