package org.gdlab.lab.experiment;

import org.gdlab.core.validate.Check;

/** The check the experiments that sweep a learning rate share. */
final class LearningRates {
    private LearningRates() {
    }

    /** Checks that at least one rate is given and every rate is > 0, naming the first bad one. */
    static void check(double[] learningRates) {
        if (learningRates.length == 0) {
            throw Check.invalid("learning rates", "[]", "at least one is needed");
        }
        for (double lr : learningRates) {
            Check.positive("learning rate", lr);
        }
    }
}
