/**
 * The lab: the course's experiments and the mission's theory steps as config records that run
 * into results records, each written with its config to a run folder ({@link org.gdlab.nn.run.RunFolder}).
 *
 * <p>Entry points: the packages {@link org.gdlab.lab.experiment}, {@link org.gdlab.lab.sharpness} and
 * {@link org.gdlab.lab.suite}.
 */
package org.gdlab.lab;
