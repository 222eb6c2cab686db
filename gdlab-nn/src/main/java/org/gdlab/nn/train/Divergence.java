package org.gdlab.nn.train;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how a run left finite numbers: the loss or a gradient norm of iteration
 * {@code iteration} was NaN or infinite, and the run stopped before that iteration's step.
 *
 * @param iteration the iteration (from 0) whose loss or gradient was not finite
 * @param epoch the epoch (from 1) of that iteration
 * @param loss that iteration's loss
 * @param gradientLayer the affine layer (from 1) nearest the output whose gradient norm was not finite;
 *     0 when every gradient norm was finite (only the loss was not)
 * @param firstNonFinite the first value found non-finite when the same minibatch was passed again
 *     through {@code net.layers()} one layer at a time ({@link DivergenceDiagnosis}); empty when that
 *     pass found none (the non-finite value came from the penalty or the parameters themselves)
 * @param message one line for people, counting from 1 like every number gdlab prints (iteration 613 is
 *     the one of {@code iteration} 612), e.g. {@code loss NaN in iteration 613 (epoch 3): first
 *     non-finite in the forward pass of layer 5 (relu)}
 */
public record Divergence(long iteration, long epoch, double loss, int gradientLayer, Optional<Site> firstNonFinite,
                         String message) {
    /** A pass of the diagnosis. */
    public enum Pass {
        /** The output of a layer's forward pass (layer 0: the input itself). */
        FORWARD,
        /** The loss or its gradient with respect to the network's output. */
        LOSS,
        /** The input gradient of a layer's backward pass. */
        BACKWARD;

        /**
         * {@code forward}, {@code loss} or {@code backward}.
         *
         * @return the stage's name in lower case
         */
        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One place in the layer stack.
     *
     * @param layer the index (from 1) in {@code net.layers()}; 0 for the input, and for the loss
     *     the number of layers
     * @param name the layer's {@code describe()}, {@code input} or {@code loss}
     * @param pass where in the pass
     */
    public record Site(int layer, String name, Pass pass) {
    }

    /** A divergence with its message. */
    static Divergence of(long iteration, long epoch, double loss, int gradientLayer, Optional<Site> site) {
        String where = site.map(s -> s.pass() == Pass.LOSS ? "first non-finite in the loss"
                : "first non-finite in the " + s.pass().label() + " pass of layer " + s.layer() + " (" + s.name() + ")")
                .orElse(gradientLayer > 0 ? "gradient of affine layer " + gradientLayer + " non-finite"
                        : "every layer's forward and backward pass finite");
        return new Divergence(iteration, epoch, loss, gradientLayer, site,
                "loss " + loss + " in iteration " + (iteration + 1) + " (epoch " + epoch + "): " + where);
    }
}
