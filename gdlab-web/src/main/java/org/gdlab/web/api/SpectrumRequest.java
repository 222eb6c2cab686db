package org.gdlab.web.api;

import org.gdlab.core.validate.Check;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * A spectrum as the page gives it: exactly one of a list of squared singular values, a generated
 * spectrum (condition number and size), or an uploaded X (by the id the upload answered).
 *
 * @param sigma2 squared singular values, each finite and > 0, at most {@link Bounds#MAX_SPECTRUM}
 * @param condition {@code k = sigma_max / sigma_min} of a generated spectrum, in [1, {@link Bounds#MAX_CONDITION}]
 * @param size the number n of generated values, in [1, {@link Bounds#MAX_SPECTRUM}]
 * @param upload the id of an uploaded X
 */
public record SpectrumRequest(double[] sigma2, Double condition, Integer size, String upload) {

    /**
     * The spectrum. A generated one has {@code sigma_i^2 = k^(-2i/(n-1))}, i = 0..n-1: from 1 down to
     * {@code 1/k^2}, evenly spaced on a log scale.
     *
     * @param uploads the uploads an {@code upload} id names
     * @return the problem, checked by {@link LeastSquaresSpectrum}
     * @throws IllegalArgumentException unless exactly one of sigma2, a generated spectrum and an
     *     upload is given, or when its values are not allowed
     */
    public LeastSquaresSpectrum toSpectrum(Uploads uploads) {
        int given = (sigma2 != null ? 1 : 0) + (condition != null || size != null ? 1 : 0) + (upload != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("spectrum: give exactly one of sigma2, condition and size, or upload (got "
                    + given + ")");
        }
        if (sigma2 != null) {
            Bounds.atMost("sigma2 (count)", sigma2.length, Bounds.MAX_SPECTRUM);
            return LeastSquaresSpectrum.ofSquaredSingularValues("sigma2", sigma2);
        }
        if (upload != null) {
            return uploads.get(upload);
        }
        double k = Bounds.required("condition", condition);
        int n = Bounds.required("size", size);
        Check.inClosedRange("condition", k, 1, Bounds.MAX_CONDITION);
        Bounds.atMost("size", n, Bounds.MAX_SPECTRUM);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = n == 1 ? 1 : Math.pow(k, -2.0 * i / (n - 1));
        }
        return LeastSquaresSpectrum.ofSquaredSingularValues("generated (k = " + k + ", n = " + n + ")", values);
    }
}
