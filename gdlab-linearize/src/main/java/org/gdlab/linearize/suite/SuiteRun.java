package org.gdlab.linearize.suite;

import org.gdlab.linearize.toy.Interval;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;

/**
 * The runs of the suite, each a change to a common base config. The init runs use the deep net
 * (4 hidden layers), where per-layer gradient norms differ most, with learning rate
 * {@link #DEEP_LR}: the default 0.02 is above the deep He net's stability limit {@code n / s_1^2}
 * (about 0.003 at width 128, 200 samples), so it would diverge. The others start from He weights
 * with the first layer's elbows in the training range.
 */
public enum SuiteRun {
    /** Deep, weights uniform in (-0.03, 0.03). */
    SMALL_INIT("init-small", "deep, uniform:0.03, lr 0.001") {
        @Override
        ToyConfig.Builder adjust(ToyConfig.Builder b) {
            return deep(b).init(Initializers.parse("init", "uniform:0.03"));
        }
    },
    /** Deep, weights uniform in (-3, 3): diverges. */
    LARGE_INIT("init-large", "deep, uniform:3, lr 0.001") {
        @Override
        ToyConfig.Builder adjust(ToyConfig.Builder b) {
            return deep(b).init(Initializers.parse("init", "uniform:3"));
        }
    },
    /** Deep, He weights, elbows in range: also the deep side of shallow against deep. */
    HE_INIT("init-he", "deep, he, lr 0.001") {
        @Override
        ToyConfig.Builder adjust(ToyConfig.Builder b) {
            return deep(b).elbowsInRange(true);
        }
    },
    /** Shallow (one hidden layer), He weights, elbows in range, trained on [-1, 1]. */
    SHALLOW("shallow", "shallow, he") {
        @Override
        ToyConfig.Builder adjust(ToyConfig.Builder b) {
            return b.depth(1).elbowsInRange(true);
        }
    },
    /** As {@link #SHALLOW} but trained on [-1, 0.4] only, tested on [-1, 1]. */
    PARTIAL_RANGE("range-partial", "shallow, he, trained on [-1, 0.4]") {
        @Override
        ToyConfig.Builder adjust(ToyConfig.Builder b) {
            return b.depth(1).elbowsInRange(true).trainRange(new Interval(-1, 0.4));
        }
    };

    /** The learning rate of the deep runs. */
    public static final double DEEP_LR = 0.001;

    private final String label;
    private final String title;

    SuiteRun(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /**
     * The name of the run in results and chart files.
     *
     * @return the label, e.g. {@code init-small}
     */
    public String label() {
        return label;
    }

    /**
     * What the run is, for chart titles.
     *
     * @return a short title
     */
    public String title() {
        return title;
    }

    /** Four hidden layers, SGD at {@link #DEEP_LR}. */
    private static ToyConfig.Builder deep(ToyConfig.Builder b) {
        return b.depth(4).optimizer(new OptimizerConfig(OptimizerKind.SGD, DEEP_LR, 0.9));
    }

    /** The run's changes to {@code base}. */
    abstract ToyConfig.Builder adjust(ToyConfig.Builder base);
}
