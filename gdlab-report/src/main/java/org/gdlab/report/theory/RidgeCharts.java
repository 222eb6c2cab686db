package org.gdlab.report.theory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartSpec.Style;
import org.gdlab.theory.ridge.RidgeBenchmark;

/** The charts of {@code gdlab ridge}, drawn from its results. */
public final class RidgeCharts {
    private RidgeCharts() {
    }

    /**
     * Ridge's path: each coordinate of w over lambda, with a marker at the lambda asked for (when > 0).
     *
     * @param lambdas the grid, ascending, each {@code > 0}
     * @param path the solution at each lambda
     * @param lambda the lambda of the run
     */
    public static ChartSpec path(double[] lambdas, double[][] path, double lambda) {
        ChartSpec.Builder b = ChartSpec.builder("Ridge path: w over lambda", "lambda", "w_j").logX();
        for (int j = 0; j < Math.min(path[0].length, NoiseCharts.MAX_PATH_COORDINATES); j++) {
            int coordinate = j;
            b.line("w_" + j, lambdas, Arrays.stream(path).mapToDouble(w -> w[coordinate]).toArray());
        }
        if (lambda > 0) {
            b.marker(lambda, "lambda = " + lambda);
        }
        return b.build();
    }

    /**
     * The crossover: measured time of the primal form over that of the kernel form against d/n, with
     * the flop model's ratio, the line n = d and the 20% margins.
     */
    public static ChartSpec crossover(RidgeBenchmark.Result r) {
        List<RidgeBenchmark.Point> byRatio = r.points().stream()
                .sorted(Comparator.comparingDouble(p -> p.d() / (double) p.n())).toList();
        double[] ratio = byRatio.stream().mapToDouble(p -> p.d() / (double) p.n()).toArray();
        double[] measured = byRatio.stream().mapToDouble(p -> p.primalSeconds() / p.kernelSeconds()).toArray();
        double[] model = byRatio.stream().mapToDouble(p -> p.primalFlops() / p.kernelFlops()).toArray();
        double[] ends = {ratio[0], ratio[ratio.length - 1]};
        return ChartSpec.builder("Ridge: primal time / kernel time (above 1: the kernel form is faster)",
                        "d / n", "primal / kernel")
                .logX().logY()
                .series("measured time ratio", ratio, measured, Style.SCATTER)
                .series("flop model ratio", ratio, model, Style.SCATTER)
                .series("+20%", ends, new double[] {RidgeBenchmark.DECISIVE_RATIO, RidgeBenchmark.DECISIVE_RATIO}, Style.DASHED)
                .series("-20%", ends, new double[] {1 / RidgeBenchmark.DECISIVE_RATIO, 1 / RidgeBenchmark.DECISIVE_RATIO}, Style.DASHED)
                .marker(1, "n = d")
                .build();
    }

    /** Measured seconds of both forms against d, one pair of lines per n (log-log). */
    public static ChartSpec times(RidgeBenchmark.Result r) {
        ChartSpec.Builder b = ChartSpec.builder("Ridge: time of each form over d, per n", "d", "seconds").logX().logY();
        for (int n : r.sizes()) {
            List<RidgeBenchmark.Point> row = r.points().stream().filter(p -> p.n() == n)
                    .sorted(Comparator.comparingInt(RidgeBenchmark.Point::d)).toList();
            double[] d = row.stream().mapToDouble(RidgeBenchmark.Point::d).toArray();
            b.line("primal, n = " + n, d, row.stream().mapToDouble(RidgeBenchmark.Point::primalSeconds).toArray());
            b.series("kernel, n = " + n, d, row.stream().mapToDouble(RidgeBenchmark.Point::kernelSeconds).toArray(), Style.DASHED);
        }
        return b.build();
    }
}
