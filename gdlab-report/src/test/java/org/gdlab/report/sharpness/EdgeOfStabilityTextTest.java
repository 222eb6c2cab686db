package org.gdlab.report.sharpness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment.Run;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.report.ChartSpec;
import org.junit.jupiter.api.Test;

/** The text and charts carry the record's numbers. */
class EdgeOfStabilityTextTest {
    private static final Run AT_EDGE = new Run("784-[64]-10 relu", 0.5, 4, new double[] {1, 0.8, 0.9, 0.5}, new int[] {0, 2},
            new double[] {3.5, 4.4}, 2, 4.4, false, 4);
    private static final Run BELOW = new Run("784-[64]-10 tanh", 0.1, 20, new double[] {1, 0.9, 0.8}, new int[] {0, 2},
            new double[] {5, 6}, -1, 6, false, 3);
    private static final Run LEAST_SQUARES = new Run("784-[]-10 least squares", 0.55, 2 / 0.55, new double[] {1, 50},
            new int[] {0}, new double[] {4}, 0, 4, true, 2);

    private static EdgeOfStabilityExperiment.Result result() {
        EdgeOfStabilityExperiment.Config c = new EdgeOfStabilityExperiment.Config(100, new int[] {64},
                List.of(Nonlinearity.RELU, Nonlinearity.TANH), LossKind.MSE, new double[] {0.5, 0.1}, 4, 2, 8,
                new double[] {1.1}, 0);
        return new EdgeOfStabilityExperiment.Result(c, Map.of(), List.of(AT_EDGE, BELOW), 4, 4.0000001, List.of(LEAST_SQUARES));
    }

    @Test
    void eachRunSaysWhereItReachedTwoOverEtaAndHowFarItWent() {
        List<String> lines = EdgeOfStabilityText.answer(result());
        assertEquals("784-[64]-10 relu, eta 0.5: sharpness 3.5 at step 0, reaches 2/eta = 4 at step 2, at most 4.4 (1.1 x 2/eta); "
                + "at the end 4.4 (1.1 x 2/eta); loss 1 -> 0.5, rising at 1 of 3 steps.", lines.get(1));
        assertEquals("784-[64]-10 tanh, eta 0.1: sharpness 5 at step 0, at most 6: below 2/eta = 20 (0.3 of it) throughout; "
                + "at the end 6 (0.3 x 2/eta); loss 1 -> 0.8, rising at 0 of 2 steps.", lines.get(2));
        Run above = new Run("n", 1, 2, new double[] {1, 2, 0.5}, new int[] {0, 1, 2}, new double[] {3, 2.5, 1.5}, 0, 3, false, 3);
        assertEquals("n, eta 1: sharpness 3 at step 0 is above 2/eta = 2 (1.5 x): it falls below 2/eta by step 2; at the end "
                + "1.5 (0.75 x 2/eta); loss 1 -> 0.5, rising at 1 of 2 steps.", EdgeOfStabilityText.line(above));
        assertTrue(lines.get(3).contains("2 sigma_max^2/(n k) = 4 from LAPACK's SVD, 4 by Lanczos (relative difference 2.5e-08)"),
                lines.get(3));
        assertEquals("  eta = 1.1 x 2/lambda_1 = 0.55: diverged at step 2", lines.get(4));
    }

    @Test
    void chartsDrawSharpnessAgainstTwoOverEtaPerNetwork() {
        Map<String, ChartSpec> charts = EdgeOfStabilityCharts.of(result());
        assertEquals(List.of("sharpness-relu", "loss-relu", "sharpness-tanh", "loss-tanh", "least-squares-sharpness",
                "least-squares-loss"), List.copyOf(charts.keySet()));
        ChartSpec relu = charts.get("sharpness-relu");
        assertEquals("eta 0.5", relu.series().get(0).name());
        assertEquals("2/eta = 4", relu.series().get(1).name());
        assertEquals(4, relu.series().get(1).y()[0]);
        assertTrue(charts.get("loss-tanh").logY());
    }
}
