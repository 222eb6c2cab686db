package org.gdlab.report.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gdlab.sweep.Assignment;
import org.gdlab.sweep.PointMetrics;
import org.gdlab.sweep.PointRecord;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.RankMetric;
import org.gdlab.sweep.Setting;
import org.gdlab.sweep.SweepRecord;

/**
 * A finished sweep of lr {0.001, 0.003} x batch {100, 200} x seed {0, 1} with known metrics:
 * validation accuracy {@code 0.80 + 10 lr + batch / 10000 + seed / 100} (so the mean over the two
 * seeds is {@code 0.805 + 10 lr + batch / 10000}), and one more point that failed.
 */
final class SweepFixture {
    private SweepFixture() {
    }

    static double accuracy(double lr, int batch, int seed) {
        return 0.80 + 10 * lr + batch / 10000.0 + seed / 100.0;
    }

    static SweepRecord record() {
        List<PointRecord> points = new ArrayList<>();
        for (double lr : new double[] {0.001, 0.003}) {
            for (int batch : new int[] {100, 200}) {
                for (int seed = 0; seed < 2; seed++) {
                    String l = lr == 0.001 ? "0.001" : "0.003";
                    double a = accuracy(lr, batch, seed);
                    points.add(new PointRecord(points.size(), "lr=" + l + "_batch=" + batch + "_seed=" + seed,
                            List.of(new Assignment(Setting.LR, l), new Assignment(Setting.BATCH, "" + batch),
                                    new Assignment(Setting.SEED, "" + seed)),
                            PointStatus.COMPLETED, "", new PointMetrics(a + 0.05, a, a - 0.01, 1 - a, 2, 2), false,
                            10 + points.size()));
                }
            }
        }
        points.add(new PointRecord(points.size(), "lr=0.01_batch=100_seed=0", List.of(new Assignment(Setting.LR, "0.01"),
                new Assignment(Setting.BATCH, "100"), new Assignment(Setting.SEED, "0")), PointStatus.FAILED,
                "out of memory <the test's>", null, false, 1));
        List<String> ranking = points.stream().filter(p -> p.metrics() != null)
                .sorted(Comparator.comparingDouble((PointRecord p) -> -p.metrics().validationAccuracy())).map(PointRecord::name).toList();
        return new SweepRecord(Optional.empty(), List.of(Setting.LR, Setting.BATCH, Setting.SEED), RankMetric.VALIDATION_ACCURACY,
                points, ranking, Optional.of(ranking.get(0)), points.size());
    }
}
