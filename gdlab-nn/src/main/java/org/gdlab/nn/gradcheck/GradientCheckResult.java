package org.gdlab.nn.gradcheck;

/**
 * The outcome of one gradient check.
 *
 * @param name what was checked, e.g. {@code "batchnorm (train) dx"}
 * @param checked the number of partial derivatives compared
 * @param maxRelativeError the largest relative error (see {@link GradientCheck#relativeError})
 */
public record GradientCheckResult(String name, int checked, double maxRelativeError) {
    /**
     * True when the largest relative error is below {@link GradientCheck#TOLERANCE}.
     *
     * @return whether the check passed
     */
    public boolean passed() {
        return maxRelativeError < GradientCheck.TOLERANCE;
    }
}
