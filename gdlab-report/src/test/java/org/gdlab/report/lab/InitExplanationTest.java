package org.gdlab.report.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gdlab.lab.experiment.InitExperiment;
import org.gdlab.nn.train.TrainHistory;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.TrainStatus;
import org.junit.jupiter.api.Test;

/** The init explanation says what the numbers say, and changes when they do. */
class InitExplanationTest {
    static TrainResult run(double[] loss, double[] meanNorm, double[][] layers, double train, double val) {
        TrainHistory h = new TrainHistory(loss, meanNorm, layers, new double[] {train}, new double[] {val}, null, new double[] {1},
                new long[0], new double[0], null);
        return new TrainResult(TrainStatus.COMPLETED, 1, loss.length, loss.length, java.util.Optional.empty(), h, 1, val, train, val, 1, 1);
    }

    static InitExperiment.Result result() {
        InitExperiment.Config c = new InitExperiment.Config(100, new int[] {4, 4}, new double[] {1e-3}, 50, 2, List.of("zero", "he"), 1);
        InitExperiment.Run zero = new InitExperiment.Run("zero", 1e-3, new double[3], new double[3],
                run(new double[] {2.302585, 2.302585}, new double[] {0.01, 0.02}, new double[][] {{0, 0}, {0, 0}, {0.03, 0.06}},
                        0.1, 0.1));
        InitExperiment.Run he = new InitExperiment.Run("he", 1e-3, new double[] {0.05, 0.7, 0.7}, new double[] {0.06, 0.7, 0.7},
                run(new double[] {2.5, 1.25}, new double[] {0.4, 0.1}, new double[][] {{0.9, 0.2}, {0.2, 0.05}, {0.1, 0.05}},
                        0.6, 0.55));
        return new InitExperiment.Result(c, Map.of("classes", 10), List.of(zero, he));
    }

    @Test
    void eachRunSaysWhichLayersGetGradientAndHowTheNormMoves() {
        List<String> text = InitExplanation.of(result());
        assertEquals(3, text.size());
        assertEquals("zero at lr 0.001: weight std per layer at initialization 0 in every layer. At the first iteration only layer 3 of 3 "
                + "gets gradient (norm up to 0.03); every other layer's gradient is exactly 0. The mean gradient norm goes from "
                + "0.01 at iteration 0 to 0.02 at iteration 1 (a factor 2 up). The loss goes from 2.303 to 2.303; final training "
                + "accuracy 10.0%, validation accuracy 10.0%.", text.get(0));
        assertEquals("he at lr 0.001: weight std per layer at initialization 0.05, 0.7, 0.7 (layer 1 to 3). At the first iteration every layer "
                + "gets gradient; the norms range from 0.1 (layer 3) to 0.9 (layer 1). The mean gradient norm goes from 0.4 at "
                + "iteration 0 to 0.1 at iteration 1 (a factor 4 down). The loss goes from 2.5 to 1.25; final training accuracy "
                + "60.0%, validation accuracy 55.0%.", text.get(1));
        assertEquals("After 2 epochs of SGD on 100 images, the best validation accuracy is 55.0% (he at lr 0.001) and the "
                + "worst 10.0% (zero at lr 0.001); chance is 10.0% for 10 classes.", text.get(2));
    }

    @Test
    void aTinyButNonzeroGradientCountsAsNone() {
        InitExperiment.Result r = result();
        InitExperiment.Run small = new InitExperiment.Run("random:0.01", 0.01, new double[] {0.01, 0.01, 0.01}, new double[3],
                run(new double[] {2.3, 2.3}, new double[] {1e-3, 1e-3}, new double[][] {{1e-12, 1e-12}, {1e-5, 1e-5}, {0.08, 0.08}},
                        0.1, 0.1));
        String text = InitExplanation.of(new InitExperiment.Result(r.config(), r.data(), List.of(small))).get(0);
        assertTrue(text.contains("0.01 in every layer"), text);
        assertTrue(text.contains("only layers 2, 3 of 3 get gradient (norm up to 0.08); the other layers' norms are at most 1e-12"), text);
        assertTrue(text.contains("from 0.001 at iteration 0 to 0.001 at iteration 1 (a factor 1 up)"), text);
    }
}
