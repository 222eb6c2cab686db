package org.gdlab.nn.gradcheck;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.BatchNorm;
import org.gdlab.nn.layer.Dropout;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.layer.Relu;
import org.gdlab.nn.layer.Tanh;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.model.ParameterSpec;
import org.gdlab.nn.model.ParameterSpec.Kind;
import org.gdlab.nn.model.ParameterStore;
import org.gdlab.nn.tensor.Precision;

/**
 * The gradient checks of every layer (affine, ReLU, leaky ReLU, tanh, dropout, batch norm in
 * training and evaluation mode), every loss, and whole networks (with L2 regularization, batch
 * norm and dropout with a fixed mask), on small random float64 problems drawn from a seed. The
 * problems keep every partial derivative away from zero (e.g. MSE targets at least 0.5 from the
 * outputs), where the centred difference's rounding noise (about {@code 1e-16 |f| / h}) would
 * dominate a relative error.
 */
public final class GradientCheckSuite {
    private static final int BATCH = 6;
    private static final int IN = 5;
    private static final int OUT = 4;

    private GradientCheckSuite() {
    }

    /**
     * Runs every check; the same seed gives the same problems.
     *
     * @param seed the seed of the random problems
     * @return the results of every layer, loss and network check, in a fixed order
     */
    public static List<GradientCheckResult> run(long seed) {
        RandomStream root = new RandomStream(seed);
        List<GradientCheckResult> results = new ArrayList<>();
        results.addAll(affine(root.split("affine")));
        results.addAll(stateless("relu", new Relu(IN), root.split("relu")));
        results.addAll(stateless("leaky-relu", new LeakyRelu(IN, 0.1), root.split("leaky-relu")));
        results.addAll(stateless("tanh", new Tanh(IN), root.split("tanh")));
        results.addAll(stateless("dropout(0.3)", new Dropout(IN, 0.3, root.split("dropout-masks")), root.split("dropout")));
        results.addAll(batchNorm(true, root.split("batchnorm-train")));
        results.addAll(batchNorm(false, root.split("batchnorm-eval")));
        results.add(losses(root.split("softmax"), true));
        results.add(losses(root.split("mse"), false));
        results.addAll(net("net relu", new NetConfig(IN, new int[] {7, 6}, 3, Nonlinearity.RELU, 0, 0, false,
                Precision.FLOAT64), 0.0, root.split("net1")));
        results.addAll(net("net relu+reg+bn+dropout", new NetConfig(IN, new int[] {7, 6}, 3, Nonlinearity.RELU, 0, 0.25,
                true, Precision.FLOAT64), 0.3, root.split("net2")));
        results.addAll(net("net tanh+reg", new NetConfig(IN, new int[] {6}, 3, Nonlinearity.TANH, 0, 0, false,
                Precision.FLOAT64), 0.1, root.split("net3")));
        return results;
    }

    private static MatrixF64 normal(int r, int c, RandomStream stream) {
        MatrixF64 m = MatrixF64.zeros(r, c);
        stream.fillNormal(m, 0, 1);
        return m;
    }

    private static List<GradientCheckResult> affine(RandomStream stream) {
        ParameterStore store = new ParameterStore(Precision.FLOAT64, List.of(
                new ParameterSpec("W", IN, OUT, Kind.WEIGHT, 1), new ParameterSpec("b", 1, OUT, Kind.UNREGULARIZED, 1)));
        stream.fillNormal(store.values(), 0, 1);
        Affine layer = new Affine(store.get("W"), store.get("b"));
        return GradientCheck.layer("affine", layer, store, normal(BATCH, IN, stream), true, stream);
    }

    private static List<GradientCheckResult> stateless(String name, Layer layer, RandomStream stream) {
        ParameterStore none = new ParameterStore(Precision.FLOAT64, List.of());
        return GradientCheck.layer(name, layer, none, normal(BATCH, IN, stream), true, stream);
    }

    private static List<GradientCheckResult> batchNorm(boolean training, RandomStream stream) {
        ParameterStore store = new ParameterStore(Precision.FLOAT64, List.of(
                new ParameterSpec("gamma", 1, IN, Kind.UNREGULARIZED, 1),
                new ParameterSpec("beta", 1, IN, Kind.UNREGULARIZED, 1),
                new ParameterSpec("running_mean", 1, IN, Kind.STATE, 1),
                new ParameterSpec("running_var", 1, IN, Kind.STATE, 1)));
        BatchNorm layer = new BatchNorm(store.get("gamma"), store.get("beta"), store.get("running_mean"),
                store.get("running_var"), BatchNorm.DEFAULT_EPS, BatchNorm.DEFAULT_MOMENTUM);
        stream.fillNormal(store.values(), 0, 1);
        store.get("running_var").value().mapInPlace(v -> 0.5 + v * v);
        MatrixF64 x = normal(BATCH, IN, stream);
        x.mapInPlace(v -> 3 * v + 2);
        return GradientCheck.layer("batchnorm (" + (training ? "train" : "eval") + ")", layer, store, x, training, stream);
    }

    private static GradientCheckResult losses(RandomStream stream, boolean softmax) {
        MatrixF64 scores = normal(BATCH, OUT, stream);
        if (softmax) {
            int[] labels = new int[BATCH];
            for (int i = 0; i < BATCH; i++) {
                labels[i] = stream.nextInt(OUT);
            }
            return GradientCheck.loss("softmax cross-entropy", new SoftmaxCrossEntropy(labels), scores);
        }
        MatrixF64 targets = MatrixF64.zeros(BATCH, OUT);
        for (int i = 0; i < BATCH; i++) {
            for (int j = 0; j < OUT; j++) {
                double offset = stream.uniform(0.5, 1.5);
                targets.set(i, j, scores.get(i, j) + (stream.uniform() < 0.5 ? -offset : offset));
            }
        }
        return GradientCheck.loss("mean squared error", new MeanSquaredError(targets), scores);
    }

    private static List<GradientCheckResult> net(String name, NetConfig config, double reg, RandomStream stream) {
        FullyConnectedNet net = new FullyConnectedNet(config, stream.split("dropout"));
        net.initialize(new HeInitializer(), stream.split("init"));
        net.parameters().trainableValues().mapInPlace(v -> v + 0.1);
        int n = 8;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = stream.nextInt(config.outputs());
        }
        return GradientCheck.network(name, net, normal(n, config.inputs(), stream), new SoftmaxCrossEntropy(labels), reg);
    }
}
