package org.gdlab.lab.suite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.lab.experiment.ExperimentName;
import org.gdlab.linearize.suite.LinearizeSuite;
import org.gdlab.linearize.suite.SuiteRun;
import org.gdlab.linearize.toy.KernelPrediction;
import org.gdlab.nn.train.TrainingThreads;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.ridge.RidgeAnalysis;

/**
 * The steps of {@code gdlab lab}, in the order they run; each writes its run folder
 * {@code OUT/<folder>} and answers (part of) one section of docs/questions.md.
 */
public enum LabStep {
    /** Section 1 on sigma^2 in {5, 0.05}. */
    GD("gd", 1, GdResult.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            TheorySteps.SpectrumConfig c = TheorySteps.spectrumConfig();
            new RunFolder(dir).write(c, TheorySteps.gd(c));
        }
    },
    /** Section 2 on sigma^2 in {5, 0.05}, beta 0.1. */
    MOMENTUM("momentum", 2, MomentumResult.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            TheorySteps.SpectrumConfig c = TheorySteps.spectrumConfig();
            new RunFolder(dir).write(c, TheorySteps.momentum(c));
        }
    },
    /** Section 3. */
    NOISE("noise", 3, TheorySteps.NoiseResult.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            TheorySteps.NoiseConfig c = TheorySteps.noiseConfig(o.quick(), o.seed());
            new RunFolder(dir).write(c, TheorySteps.noise(c));
        }
    },
    /** Section 4. */
    RIDGE("ridge", 4, RidgeAnalysis.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            TheorySteps.RidgeConfig c = TheorySteps.ridgeConfig(o.seed());
            new RunFolder(dir).write(c, TheorySteps.ridge(c));
        }
    },
    /** Section 5: {@link ExperimentName#OVERFIT}. */
    OVERFIT(ExperimentName.OVERFIT),
    /** Section 5: {@link ExperimentName#OPTIMIZERS}. */
    OPTIMIZERS(ExperimentName.OPTIMIZERS),
    /** Section 5: {@link ExperimentName#BATCH_SIZE}. */
    BATCH_SIZE(ExperimentName.BATCH_SIZE),
    /** Section 5: {@link ExperimentName#INIT}. */
    INIT(ExperimentName.INIT),
    /** Section 5: {@link ExperimentName#BEST_MODEL}. */
    BEST_MODEL(ExperimentName.BEST_MODEL),
    /** Section 6: the linearization suite of gdlab-linearize (its reduced version with --quick). */
    LINEARIZE("linearize", 6, LinearizeSuite.SuiteResult.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            LinearizeConfig c = new LinearizeConfig(o.quick(), o.seed(),
                    Arrays.stream(SuiteRun.values()).map(r -> r.label() + ": " + r.title()).toList());
            new RunFolder(dir).write(c, LinearizeSuite.run(c.quick(), c.seed(), TrainingThreads.standard(), listener));
        }
    },
    /** Section 6 with problem 1: the toy's residual along its kernel's eigenvectors, predicted and measured. */
    KERNEL_PREDICTION("kernel-prediction", 6, KernelPrediction.class) {
        @Override
        void run(LabOptions o, Path dir, ProgressListener listener) {
            KernelPredictionConfig c = KernelPredictionConfig.of(o.quick(), o.seed());
            new RunFolder(dir).write(c, KernelPrediction.run(LinearizeSuite.base(c.quick(), c.seed()).width(c.width())
                    .elbowsInRange(true).build(), c.fraction(), c.steps(), c.every(), listener));
        }
    },
    /** Section 7: {@link ExperimentName#EDGE_OF_STABILITY}. */
    EDGE_OF_STABILITY(ExperimentName.EDGE_OF_STABILITY, 7);

    /**
     * The linearization step's config: {@link LinearizeSuite#base} at these settings, changed by each run.
     *
     * @param quick the suite's reduced version
     * @param seed the seed of every run
     * @param runs each run's label and what it changes
     */
    public record LinearizeConfig(boolean quick, long seed, List<String> runs) {
    }

    /**
     * The kernel-prediction step's config: the linearization suite's base toy at {@code width} with
     * its ReLU elbows in the training range (zero biases put every elbow at 0 and leave the kernel
     * a rank of about 4), full-batch GD at {@code fraction} of the edge {@code N / s_1^2}.
     *
     * @param quick the suite's reduced base
     * @param seed the seed
     * @param width the hidden width (wide, so that the linearization holds longer)
     * @param fraction eta over {@code N / s_1^2}
     * @param steps GD steps
     * @param every measure every this many steps
     */
    public record KernelPredictionConfig(boolean quick, long seed, int width, double fraction, long steps, long every) {
        /** 1,024 units, eta a quarter of the edge, 20,000 steps (--quick: 256 units, 2,000 steps). */
        static KernelPredictionConfig of(boolean quick, long seed) {
            return new KernelPredictionConfig(quick, seed, quick ? 256 : 1024, 0.25, quick ? 2000 : 20000,
                    quick ? 20 : 100);
        }
    }

    private final String folder;
    private final int section;
    private final Class<?> resultType;
    private final ExperimentName experiment;

    LabStep(String folder, int section, Class<?> resultType) {
        this.folder = folder;
        this.section = section;
        this.resultType = resultType;
        this.experiment = null;
    }

    LabStep(ExperimentName experiment) {
        this(experiment, 5);
    }

    LabStep(ExperimentName experiment, int section) {
        this.folder = experiment.label();
        this.section = section;
        this.resultType = experiment.resultType();
        this.experiment = experiment;
    }

    /** Runs the step and writes its run folder {@code dir}. */
    void run(LabOptions o, Path dir, ProgressListener listener) {
        experiment.run(o.experimentOptions(), dir, listener);
    }

    /**
     * The run folder's name under the lab folder (also the step's name in progress lines).
     *
     * @return the folder name, e.g. {@code momentum}
     */
    public String folder() {
        return folder;
    }

    /**
     * The section of docs/questions.md it answers.
     *
     * @return the section number in docs/questions.md
     */
    public int section() {
        return section;
    }

    /**
     * The record its results.json holds.
     *
     * @return the class of the record the step's results.json holds
     */
    public Class<?> resultType() {
        return resultType;
    }

    /**
     * Reads the step's results from the lab folder {@code labDir}.
     *
     * @param labDir the lab folder the step ran in
     * @return the step's results record, of {@link #resultType()}
     */
    public Object readResults(Path labDir) {
        return new RunFolder(labDir.resolve(folder)).readResults(resultType);
    }
}
