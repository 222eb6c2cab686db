package org.gdlab.nn.hessian;

import org.gdlab.core.random.RandomStream;

/** Random probe vectors with independent entries {@code +-1}, each with probability 1/2. */
final class RademacherProbe {
    private RademacherProbe() {
    }

    /** A new probe of length {@code n} drawn from {@code stream}: {@code E[z z^T] = I}. */
    static double[] draw(int n, RandomStream stream) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = stream.uniform() < 0.5 ? -1 : 1;
        }
        return z;
    }
}
