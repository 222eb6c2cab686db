package org.gdlab.sweep;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one point of a sweep ended, or that it has not yet. */
public enum PointStatus {
    /** Not finished yet (sweep.json while the sweep runs). */
    PENDING,
    /** Every epoch ran; the run folder has its results.json. */
    COMPLETED,
    /** The loss or a gradient stopped being finite; results.json says where. */
    DIVERGED,
    /** The run could not start or stopped on an error; the outcome's reason says which. */
    FAILED,
    /** Not started: the sweep's time budget ran out first. */
    NOT_TRIED;

    /**
     * {@code completed}, {@code diverged} or {@code failed}, as sweep.json holds it.
     *
     * @return the lower-case name: {@code pending}, {@code completed}, {@code diverged}, {@code failed} or {@code not_tried}
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
