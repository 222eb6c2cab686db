package org.gdlab.cli;

import java.util.Map;

/**
 * The command-line flag of each parameter the run records name in their messages: a message
 * {@code "batch size = 0 is not allowed: ..."} from {@link org.gdlab.nn.train.TrainConfig} is
 * shown as {@code "--batch = 0 is not allowed: ..."}, so the rules live in the records and the
 * messages still name what the user typed.
 */
final class FlagNames {
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("batch size", "--batch"), Map.entry("epochs", "--epochs"), Map.entry("reg", "--reg"),
            Map.entry("lr decay", "--lr-decay"), Map.entry("accuracy sample", "--accuracy-sample"),
            Map.entry("accuracy every", "--accuracy-every"), Map.entry("dropout", "--dropout"),
            Map.entry("activation", "--activation"), Map.entry("threads", "--threads"), Map.entry("warmup", "--warmup"),
            Map.entry("learning rate", "--lr"), Map.entry("momentum", "--momentum"),
            Map.entry("stage first epoch", "--epochs"), Map.entry("optimizer", "--optim"),
            Map.entry("batch norm", "--batchnorm"), Map.entry("track sharpness", "--track-sharpness"),
            Map.entry("sharpness examples", "--sharpness-examples"), Map.entry("sharpness steps", "--sharpness-steps"));

    private FlagNames() {
    }

    /** {@code e} with its leading parameter name replaced by its flag, or {@code e} itself. */
    static IllegalArgumentException named(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int eq = m.indexOf(" = ");
        String flag = eq > 0 ? FLAGS.get(m.substring(0, eq)) : null;
        return flag == null ? e : new IllegalArgumentException(flag + m.substring(eq), e);
    }
}
