package org.gdlab.nn.hessian;

/** The few dense-vector operations of Lanczos, on heap arrays, in float64. */
final class Vectors {
    private Vectors() {
    }

    /** {@code sum_i x_i y_i}. */
    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** {@code y <- y + a x}. */
    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** {@code x <- a x}. */
    static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }
}
