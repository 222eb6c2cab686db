/**
 * The course's experiments on an image data set (docs/questions.md section 5): each is a config record
 * with the sizes (and reduced ones for --quick), a run, and a results record.
 *
 * <p>Entry points: {@link org.gdlab.lab.experiment.ExperimentName} (runs an experiment by name into a
 * run folder) with {@link org.gdlab.lab.experiment.ExperimentOptions}; each experiment, e.g.
 * {@link org.gdlab.lab.experiment.OverfitExperiment}, also runs from its own config.
 */
package org.gdlab.lab.experiment;
