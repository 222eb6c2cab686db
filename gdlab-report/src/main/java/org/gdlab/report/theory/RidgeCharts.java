package org.gdlab.report.theory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
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
     * @return {@code w_j} against {@code lambda} on a log axis, the first coordinates only
     */
    public static ChartSpec path(double[] lambdas, double[][] path, double lambda) {
        ChartSpec.Builder b = ChartSpec.builder("Ridge path: w over lambda", "lambda", "w_j").logX();
        for (int j = 0; j < Math.min(path[0].length, NoiseCharts.MAX_PATH_COORDINATES); j++) {
            int coordinate = j;
            b.line("w_" + j, lambdas, Arrays.stream(path).mapToDouble(w -> w[coordinate]).toArray(), j);
        }
        if (lambda > 0) {
            b.marker(lambda, "lambda = " + TheoryCharts.number(lambda), TheoryCharts.GIVEN);
        }
        return b.build();
    }

    /**
     * The crossover: measured time of the primal form over that of the kernel form against d/n, with
     * the flop model's ratio, the line n = d and the 20% margins.
     *
     * @param r the ridge benchmark's timings over {@code (n, d)}
     * @return the time ratio primal / kernel against {@code d / n}
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
                .series("measured time ratio", ratio, measured, Look.points(Hue.slot(0), Look.Mark.CIRCLE))
                .series("flop model ratio", ratio, model, Look.points(Hue.slot(1), Look.Mark.SQUARE))
                .series("+20%", ends, new double[] {RidgeBenchmark.DECISIVE_RATIO, RidgeBenchmark.DECISIVE_RATIO}, Look.reference())
                .series("-20%", ends, new double[] {1 / RidgeBenchmark.DECISIVE_RATIO, 1 / RidgeBenchmark.DECISIVE_RATIO},
                        Look.reference())
                .marker(1, "n = d", TheoryCharts.LIMIT)
                .build();
    }

    /**
     * Measured seconds of both forms against d, one colour per n: primal solid, kernel dashed (log-log).
     *
     * @param r the ridge benchmark's timings over {@code (n, d)}
     * @return seconds against {@code d} on log-log axes
     */
    public static ChartSpec times(RidgeBenchmark.Result r) {
        ChartSpec.Builder b = ChartSpec.builder("Ridge: time of each form over d, per n (primal solid, kernel dashed)", "d", "seconds")
                .logX().logY();
        for (int k = 0; k < r.sizes().length; k++) {
            int n = r.sizes()[k];
            List<RidgeBenchmark.Point> row = r.points().stream().filter(p -> p.n() == n)
                    .sorted(Comparator.comparingInt(RidgeBenchmark.Point::d)).toList();
            double[] d = row.stream().mapToDouble(RidgeBenchmark.Point::d).toArray();
            b.series("primal, n = " + n, d, row.stream().mapToDouble(RidgeBenchmark.Point::primalSeconds).toArray(),
                    Look.solid(Hue.slot(k)).withMark(Look.Mark.CIRCLE));
            b.series("kernel, n = " + n, d, row.stream().mapToDouble(RidgeBenchmark.Point::kernelSeconds).toArray(),
                    Look.dashed(Hue.slot(k)).withMark(Look.Mark.SQUARE));
        }
        return b.build();
    }
}
