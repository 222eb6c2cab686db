package org.gdlab.linearize.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.core.validate.Cost;
import org.gdlab.linearize.JacobianFactors;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.linearize.TopEigenpairs;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.tensor.Precision;

/**
 * Times the kernel path on the peer's problem: a float64 1-D regression MLP {@code 1 -> [W]*D -> 1}
 * with ReLU, weights and biases uniform in {@code +-1/sqrt(fanIn)} (PyTorch's default
 * {@code nn.Linear} init), inputs {@code linspace(-1, 1, N)}; the singular values and left singular
 * vectors of the {@code N x P} Jacobian, as the peer's {@code gram_eigh} step computes them.
 *
 * <p>Phases: the Jacobian factors (one forward and one backward pass), the kernel {@code K}, its
 * eigendecomposition (every eigenvalue, and the vectors of the ten largest: the principal
 * features' {@code u_k}). The first run warms up; the figures are the
 * second's, like the peer's warm time.
 */
public final class KernelBenchmark {
    private KernelBenchmark() {
    }

    /**
     * The figures of one case.
     *
     * @param width W
     * @param depth D, hidden layers
     * @param inputs N
     * @param parameters P, every weight and bias
     * @param factorSeconds the forward and backward pass
     * @param kernelSeconds {@code K = sum_l (A A^T + 1) o (D D^T)}
     * @param eigenSeconds the eigendecomposition of {@code K}: every eigenvalue, the top ten vectors
     * @param totalSeconds the sum: singular values and left singular vectors from the network
     * @param bestSeconds the fastest warm total
     * @param coldSeconds the total of the first (cold) run
     * @param repeats the warm runs
     * @param topSingularValues the five largest singular values
     * @param peakResidentGiB the largest peak resident memory of the process during one run (the JVM
     *     included): before each run the memory of the earlier ones is released and the peak
     *     reset ({@code /proc/self/clear_refs}); NaN where Linux's /proc is not available
     */
    public record Figures(int width, int depth, int inputs, long parameters, double factorSeconds,
                          double kernelSeconds, double eigenSeconds, double totalSeconds, double bestSeconds,
                          double coldSeconds, int repeats, double[] topSingularValues, double peakResidentGiB) {
    }

    /**
     * Refuses a case whose arrays would not fit, before anything is allocated: the net
     * ({@link NetConfig#MAX_HIDDEN_LAYERS}, {@link NetConfig#MAX_NUMBERS}), the Jacobian factors
     * ({@code N x W} twice per layer) and the {@code N x N} kernel ({@link KernelFeatures#MAX_INPUTS}).
     *
     * @param name what names the case in the message, e.g. {@code --cases 256,4,1000}
     * @param width W, the width of each hidden layer, {@code >= 1}
     * @param depth D, the hidden layers, in {@code [1, MAX_HIDDEN_LAYERS]}
     * @param inputs N, the inputs, in {@code [1, KernelFeatures.MAX_INPUTS]}
     */
    public static void requireAffordable(String name, int width, int depth, int inputs) {
        Check.inRange(name + ": W", width, 1, Integer.MAX_VALUE);
        Check.inRange(name + ": D", depth, 1, NetConfig.MAX_HIDDEN_LAYERS);
        Check.inRange(name + ": N", inputs, 1, KernelFeatures.MAX_INPUTS);
        long parameters = NetConfig.numbers(1, NetConfig.repeatedWidths(width, depth), 1);
        if (parameters > NetConfig.MAX_NUMBERS) {
            throw Check.invalid(name, parameters + " parameters", "a net may hold at most " + NetConfig.MAX_NUMBERS);
        }
        Cost.elements(name + ": the Jacobian factors, N x W x D x 2", inputs, width, depth, 2);
    }

    /**
     * Runs one case once cold and {@code repeats} times warm.
     *
     * @param width W, the width of each hidden layer
     * @param depth D, the hidden layers
     * @param inputs N, the inputs
     * @param repeats the warm runs, {@code >= 1}
     * @return the timings, memory and top singular values
     */
    public static Figures run(int width, int depth, int inputs, int repeats) {
        Check.positive("repeats", repeats);
        requireAffordable("case", width, depth, inputs);
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(1, NetConfig.repeatedWidths(width, depth), 1, Precision.FLOAT64),
                new RandomStream(0));
        RandomStream stream = new RandomStream(0).split("torch-default-init");
        for (Parameter p : net.parameters().parameters()) {
            double bound = 1 / Math.sqrt(net.config().fanIn(p.spec().layer()));
            stream.split(p.name()).fillUniform(p.value(), -bound, bound);
        }
        MatrixF64 x = MatrixF64.zeros(inputs, 1);
        for (int i = 0; i < inputs; i++) {
            x.set(i, 0, inputs == 1 ? -1 : -1 + 2.0 * i / (inputs - 1));
        }
        Run cold = Run.of(net, x);
        java.util.List<Run> runs = new java.util.ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            runs.add(Run.of(net, x));
        }
        double peak = Math.max(cold.peakGiB, runs.stream().mapToDouble(Run::peakGiB).max().orElse(Double.NaN));
        runs.sort(java.util.Comparator.comparingDouble(Run::total));
        Run warm = runs.get(runs.size() / 2);
        double[] top = new double[Math.min(5, inputs)];
        for (int i = 0; i < top.length; i++) {
            top[i] = Math.sqrt(Math.max(0, warm.eigenvalues[i]));
        }
        return new Figures(width, depth, inputs, net.parameters().trainableSize(), warm.factors, warm.kernel,
                warm.eigen, warm.total(), runs.get(0).total(), cold.total(), repeats, top, peak);
    }

    /** The phase times of one run, the eigenvalues it found (descending) and its peak memory. */
    private record Run(double factors, double kernel, double eigen, double[] eigenvalues, double peakGiB) {
        static Run of(FullyConnectedNet net, MatrixF64 x) {
            System.gc();
            Pointer.deallocateReferences();
            resetPeakResident();
            long t0 = System.nanoTime();
            JacobianFactors f = JacobianFactors.of(net, x, new ScalarOutput(0));
            long t1 = System.nanoTime();
            MatrixF64 k = KernelFeatures.kernel(f);
            long t2 = System.nanoTime();
            TopEigenpairs eigen = TopEigenpairs.overwriting(k, Math.min(10, k.rows()));
            long t3 = System.nanoTime();
            return new Run((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, eigen.values(), peakResidentGiB());
        }

        double total() {
            return factors + kernel + eigen;
        }
    }


    /** Resets the kernel's record of this process's peak resident set size (Linux), if it can. */
    static void resetPeakResident() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux, or not allowed: the peak then covers the process's whole life
        }
    }

    /** The peak resident set size of this process from {@code /proc/self/status}, NaN elsewhere. */
    static double peakResidentGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
