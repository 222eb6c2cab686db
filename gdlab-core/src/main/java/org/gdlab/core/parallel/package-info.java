/**
 * A fixed team of threads for the data-parallel training step, handing work over without
 * allocating.
 *
 * <p>Entry point: {@link org.gdlab.core.parallel.WorkerTeam}.
 */
package org.gdlab.core.parallel;
