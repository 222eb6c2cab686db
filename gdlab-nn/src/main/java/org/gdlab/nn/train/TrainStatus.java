package org.gdlab.nn.train;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a training run ended. */
public enum TrainStatus {
    /** Every epoch ran. */
    COMPLETED,
    /** The loss or a gradient became NaN or infinite; the run stopped there. */
    DIVERGED;

    /**
     * {@code completed} or {@code diverged}, as results files hold it.
     *
     * @return the status's name in lower case
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
