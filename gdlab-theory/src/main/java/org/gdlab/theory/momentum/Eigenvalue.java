package org.gdlab.theory.momentum;

/**
 * A complex eigenvalue {@code re + i im}.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Eigenvalue(double re, double im) {
    /** {@code |lambda|}. */
    public double modulus() {
        return Math.hypot(re, im);
    }
}
