/**
 * Beyond the 1-D toy: the kernel spectrum of a classifier trained by {@code gdlab train}, read from
 * its run folder, at its initialization and after training.
 *
 * <p>Entry point: {@link org.gdlab.linearize.model.ModelSpectrum}.
 */
package org.gdlab.linearize.model;
