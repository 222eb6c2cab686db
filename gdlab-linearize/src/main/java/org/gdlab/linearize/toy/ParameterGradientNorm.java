package org.gdlab.linearize.toy;

/**
 * The norm of the loss gradient for one parameter matrix.
 *
 * @param parameter its name, e.g. {@code W2}
 * @param layer its affine layer, from 1
 * @param kind {@code weight} or {@code bias}
 * @param norm {@code ||dL/dparameter||_F} over the whole training set (NaN or infinite when the network overflowed)
 */
public record ParameterGradientNorm(String parameter, int layer, String kind, double norm) {
}
