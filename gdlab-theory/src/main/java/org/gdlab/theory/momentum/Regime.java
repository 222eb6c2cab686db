package org.gdlab.theory.momentum;

/** The eigenvalues of a momentum matrix R_i: real and distinct, repeated, or a complex pair. */
public enum Regime {
    /** Two distinct real eigenvalues (discriminant > 0). */
    REAL_DISTINCT,
    /** One repeated real eigenvalue (discriminant = 0). */
    REPEATED,
    /** A complex-conjugate pair of modulus {@code sqrt(1 - beta)} (discriminant &lt; 0). */
    COMPLEX
}
