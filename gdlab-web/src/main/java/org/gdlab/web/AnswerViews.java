package org.gdlab.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumResult;

/**
 * What of the analyses' results the server writes to the page: each without its full
 * trajectories, and GD's without its list of every coordinate (for 1000 singular values those are
 * 4 MB of the answer; {@link org.gdlab.web.api.MomentumRequest.Answer} carries the drawn points of
 * the trajectories instead, and momentum's answer lists the drawn coordinates alone).
 */
final class AnswerViews {
    private AnswerViews() {
    }

    @JsonIgnoreProperties({"coordinates", "trajectories"})
    private abstract static class WithoutCoordinates {
    }

    @JsonIgnoreProperties({"trajectories"})
    private abstract static class WithoutTrajectories {
    }

    /** Registers the views on {@code mapper}. */
    static ObjectMapper register(ObjectMapper mapper) {
        return mapper.addMixIn(MomentumResult.class, WithoutTrajectories.class)
                .addMixIn(GdResult.class, WithoutCoordinates.class);
    }
}
