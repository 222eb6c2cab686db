/**
 * {@code gdlab lab}: every step of the mission (the theory on the mission's own numbers and the
 * experiments) run into one folder, a failing step recorded in {@code lab.json} while the rest run.
 *
 * <p>Entry points: {@link org.gdlab.lab.suite.LabRunner} with {@link org.gdlab.lab.suite.LabOptions};
 * {@link org.gdlab.lab.suite.LabStep} names the steps.
 */
package org.gdlab.lab.suite;
