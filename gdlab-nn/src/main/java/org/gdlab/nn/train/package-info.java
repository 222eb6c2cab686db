/**
 * Training: the {@link org.gdlab.nn.train.Trainer} (entry point: {@code fit}, {@code resume},
 * {@code fitRegression}) with its pieces (the seeded minibatch order, the per-iteration record,
 * the train-accuracy sample, the best parameters by validation accuracy, the divergence diagnosis
 * through the layer stack), its configuration {@link org.gdlab.nn.train.TrainConfig}, its
 * {@link org.gdlab.nn.train.TrainResult}, and checkpoints that resume bit for bit
 * ({@link org.gdlab.nn.train.CheckpointFile}). A whole run (data, network, stages, folder) is
 * {@link org.gdlab.nn.run}.
 */
package org.gdlab.nn.train;
