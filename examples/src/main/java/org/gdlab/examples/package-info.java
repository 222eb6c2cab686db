/**
 * The README's "Use gdlab from Java" examples, run by a test so they cannot rot:
 * {@link org.gdlab.examples.TrainOnYourArrays} (a run on your arrays through
 * {@link org.gdlab.nn.run.TrainRun}), {@link org.gdlab.examples.MomentumOfASpectrum} (the momentum
 * analysis of a spectrum) and {@link org.gdlab.examples.KernelFeaturesOfATrainedNet} (the kernel
 * features of a trained net).
 */
package org.gdlab.examples;
