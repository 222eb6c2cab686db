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

    /** The name, e.g. {@code validation_accuracy}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a higher value is better. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The metric's value in {@code m}. */
    public double of(PointMetrics m) {
        return value.applyAsDouble(m);
    }

    /** Orders metrics best first. */
    public Comparator<PointMetrics> bestFirst() {
        Comparator<PointMetrics> up = Comparator.comparingDouble(this::of);
        return higherIsBetter ? up.reversed() : up;
    }

    /**
     * The metric named {@code name}.
     *
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
