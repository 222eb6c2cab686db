/**
 * A whole training run as a typed pipeline, the one used by {@code gdlab train}, the
 * experiments, the lab and Java users: {@link org.gdlab.nn.run.RunConfig} (built with
 * {@link org.gdlab.nn.run.RunConfig#builder}; config.json holds it key for key) is run by
 * {@link org.gdlab.nn.run.TrainRun#run} into a {@link org.gdlab.nn.run.RunResult} (results.json),
 * written by {@link org.gdlab.nn.run.RunFolder}. A saved run is read back as a
 * {@link org.gdlab.nn.run.SavedRun} for {@link org.gdlab.nn.run.ModelEvaluation} (metrics,
 * class probabilities) and resumed with {@link org.gdlab.nn.run.TrainRun#resume}.
 */
package org.gdlab.nn.run;
