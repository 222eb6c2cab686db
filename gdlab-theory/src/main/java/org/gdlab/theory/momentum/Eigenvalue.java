package org.gdlab.theory.momentum;

/**
 * A complex eigenvalue {@code re + i im}.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Eigenvalue(double re, double im) {
    /**
     * {@code |lambda|}.
     *
     * @return {@code sqrt(re^2 + im^2)}
     */
    public double modulus() {
        return Math.hypot(re, im);
    }
}
