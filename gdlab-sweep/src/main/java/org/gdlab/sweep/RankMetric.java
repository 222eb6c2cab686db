package org.gdlab.sweep;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.gdlab.core.validate.Check;

/** What a sweep ranks its points by; the accuracies are better higher, the loss lower. */
public enum RankMetric {
    /** The kept parameters' accuracy on the validation split. */
    VALIDATION_ACCURACY(true, PointMetrics::validationAccuracy),
    /** On the test split. */
    TEST_ACCURACY(true, PointMetrics::testAccuracy),
    /** On the whole training split. */
    TRAIN_ACCURACY(true, PointMetrics::trainAccuracy),
    /** The mean training loss of the last epoch. */
    TRAIN_LOSS(false, PointMetrics::finalTrainLoss);

    /** Every metric's name, for messages. */
    public static final String NAMES = Arrays.stream(values()).map(RankMetric::label).collect(Collectors.joining(", "));

    private final boolean higherIsBetter;
    private final ToDoubleFunction<PointMetrics> value;

    RankMetric(boolean higherIsBetter, ToDoubleFunction<PointMetrics> value) {
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /**
     * The name, e.g. {@code validation_accuracy}.
     *
     * @return the lower-case name as a spec's {@code metric} field takes it
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a higher value is better.
     *
     * @return true for the accuracies, false for the loss
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * The metric's value in {@code m}.
     *
     * @param m a point's metrics
     * @return the value of this metric in {@code m}, NaN when the point has none (e.g. no validation split)
     */
    public double of(PointMetrics m) {
        return value.applyAsDouble(m);
    }

    /**
     * Orders metrics best first.
     *
     * @return a comparator putting the best value first: descending for the accuracies, ascending for the loss
     */
    public Comparator<PointMetrics> bestFirst() {
        Comparator<PointMetrics> up = Comparator.comparingDouble(this::of);
        return higherIsBetter ? up.reversed() : up;
    }

    /**
     * The metric named {@code name}.
     *
     * @param what what the name was given as, for the message (e.g. {@code field metric})
     * @param name the metric's label, e.g. {@code train_loss}
     * @return the metric whose {@link #label()} is {@code name}
     * @throws IllegalArgumentException naming {@code what}, the name and the metrics
     */
    public static RankMetric named(String what, String name) {
        for (RankMetric m : values()) {
            if (m.label().equals(name)) {
                return m;
            }
        }
        throw Check.invalid(what, name, "must be one of " + NAMES);
    }
}
