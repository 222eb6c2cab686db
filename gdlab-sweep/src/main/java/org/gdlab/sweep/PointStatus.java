package org.gdlab.sweep;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one point of a sweep ended, or that it has not yet. */
public enum PointStatus {
    /** Not finished yet (sweep.json while the sweep runs). */
    PENDING,
    /** Every epoch ran; the run folder has its results.json. */
    COMPLETED,
    /** The run left finite numbers; results.json says where. */
    DIVERGED,
    /** The run could not start or stopped on an error; the outcome's reason says which. */
    FAILED,
    /** Not started: the sweep's time budget ran out first. */
    NOT_TRIED;

    /** {@code completed}, {@code diverged} or {@code failed}, as sweep.json holds it. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
