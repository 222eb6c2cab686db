/**
 * The lab: the course's experiments and the mission's theory steps as config records that run
 * into results records, each written with its config to a run folder ({@link org.gdlab.nn.run.RunFolder}).
 */
package org.gdlab.lab;
