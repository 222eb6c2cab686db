package org.gdlab.nn.train;

import org.gdlab.nn.optim.OptimizerState;

/**
 * Everything a run needs to continue bit for bit after {@code epochsDone} epochs: the parameters
 * (with the batch-norm state), the best parameters so far, the optimizer's state (with the
 * decayed learning rate) and the histories. Shuffles and dropout masks are functions of the seed
 * and the epoch or iteration number, so no random generator state is needed.
 *
 * @param network the network's description, checked on resume
 * @param epochsDone the epochs completed
 * @param iteration the iterations completed
 * @param parameters the flat parameter vector ({@code ParameterStore.values()})
 * @param bestParameters the flat parameter vector at the best validation accuracy
 * @param bestEpoch the epoch of the best validation accuracy
 * @param bestValidationAccuracy the best validation accuracy
 * @param optimizer the optimizer's state
 * @param history the histories of the completed epochs
 * @param trainSeconds the training time so far
 */
public record Checkpoint(String network, int epochsDone, long iteration, double[] parameters, double[] bestParameters,
                         int bestEpoch, double bestValidationAccuracy, OptimizerState optimizer, TrainHistory history,
                         double trainSeconds) {
}
