package org.gdlab.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumResult;

/**
 * What of the analyses' results the server writes to the page: each without its list of every
 * coordinate and its full trajectories (for 1000 singular values those are 4 MB of the answer;
 * {@link org.gdlab.web.api.MomentumRequest.Answer} carries the drawn coordinates and the drawn
 * points of the trajectories instead).
 */
final class AnswerViews {
    private AnswerViews() {
    }

    @JsonIgnoreProperties({"coordinates", "trajectories"})
    private abstract static class WithoutCoordinates {
    }

    /** Registers the views on {@code mapper}. */
    static ObjectMapper register(ObjectMapper mapper) {
        return mapper.addMixIn(MomentumResult.class, WithoutCoordinates.class)
                .addMixIn(GdResult.class, WithoutCoordinates.class);
    }
}
