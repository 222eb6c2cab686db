package org.gdlab.theory.momentum;

import org.gdlab.core.validate.Check;

/** How momentum's hyperparameters are written: the lab's EMA form or the heavy-ball (PyTorch) form. */
public enum MomentumForm {
    /** {@code z <- (1-beta) z + beta g; w <- w - eta z}, hyperparameters eta and beta. */
    EMA("ema"),
    /** {@code v <- m v + g; w <- w - lr v}, hyperparameters lr and m; {@code m = 1-beta}, {@code lr = eta beta}. */
    HEAVY_BALL("heavy-ball");

    private final String cliName;

    MomentumForm(String cliName) {
        this.cliName = cliName;
    }

    /**
     * The name used on the command line.
     *
     * @return {@code ema} or {@code heavy-ball}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * The form with this command-line name; an unknown name fails listing the valid ones.
     *
     * @param name the option, for the message
     * @param value the command-line name, e.g. {@code heavy-ball}
     * @return the form whose {@link #cliName} is {@code value}
     */
    public static MomentumForm parse(String name, String value) {
        return Check.oneOf(name, value, values(), MomentumForm::cliName);
    }
}
