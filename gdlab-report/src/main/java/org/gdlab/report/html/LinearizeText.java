package org.gdlab.report.html;

import static org.gdlab.report.NumberText.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdlab.linearize.suite.LinearizeSuite;
import org.gdlab.linearize.suite.SuiteRun;
import org.gdlab.linearize.toy.LinearizationReport;
import org.gdlab.linearize.toy.ParameterGradientNorm;
import org.gdlab.linearize.toy.ToyResult;

/** The answer and explanation of the linearization section, every number from the suite's results record. */
final class LinearizeText {
    private LinearizeText() {
    }

    static List<String> answer(LinearizeSuite.SuiteResult r) {
        List<String> lines = new ArrayList<>();
        if (r.quick()) {
            lines.add("The suite's reduced version (as gdlab linearize suite --quick; the full one is gdlab linearize suite), "
                    + "seed " + r.seed() + ":");
        }
        for (SuiteRun run : SuiteRun.values()) {
            ToyResult t = r.get(run);
            String training = t.training().diverged()
                    ? "diverged at step " + t.training().divergedStep() + (t.training().divergence() == null ? ""
                            : " (" + t.training().divergence() + ")")
                    : t.training().status() + " after " + t.training().steps() + " steps";
            lines.add(String.format(Locale.ROOT, "%s (%s): %s; train loss %s, test loss %s; top singular value %s at "
                            + "initialization, %s after training.", run.label(), run.title(), training, number(t.last().trainLoss()),
                    number(t.last().testLoss()), top(t.initial()), top(t.last())));
        }
        return lines;
    }

    static List<String> explanation(LinearizeSuite.SuiteResult r) {
        List<String> lines = new ArrayList<>();
        for (SuiteRun run : List.of(SuiteRun.SMALL_INIT, SuiteRun.LARGE_INIT, SuiteRun.HE_INIT)) {
            StringBuilder s = new StringBuilder("Weight gradient norms per layer at initialization, " + run.title() + ":");
            for (ParameterGradientNorm g : r.get(run).initial().gradientNorms()) {
                if (g.kind().equals("weight")) {
                    s.append(" W").append(g.layer()).append(' ').append(number(g.norm()));
                }
            }
            lines.add(s.append('.').toString());
        }
        ToyResult shallow = r.get(SuiteRun.SHALLOW);
        ToyResult deep = r.get(SuiteRun.HE_INIT);
        lines.add("Shallow against deep (both He): test loss " + number(shallow.last().testLoss()) + " against "
                + number(deep.last().testLoss()) + "; numerical rank of the features after training "
                + rank(shallow.last()) + " against " + rank(deep.last()) + ".");
        ToyResult partial = r.get(SuiteRun.PARTIAL_RANGE);
        lines.add("Trained on part of the range only: train loss " + number(partial.last().trainLoss()) + ", test loss on the whole "
                + "range " + number(partial.last().testLoss()) + " (the shallow net trained on the whole range: "
                + number(shallow.last().testLoss()) + ").");
        return lines;
    }

    private static String top(LinearizationReport rep) {
        return rep.spectrum() == null ? "not finite" : number(rep.spectrum().singularValues()[0]);
    }

    private static String rank(LinearizationReport rep) {
        return rep.spectrum() == null ? "not finite" : String.valueOf(rep.spectrum().numericalRank());
    }
}
