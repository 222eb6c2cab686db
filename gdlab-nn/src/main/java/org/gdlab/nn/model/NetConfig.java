package org.gdlab.nn.model;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.tensor.Precision;

/**
 * The architecture of a {@link FullyConnectedNet}: {@code inputs -> [affine -> (batch norm) ->
 * activation -> (dropout)] per hidden width -> affine -> outputs}.
 *
 * @param inputs the number of input features (>= 1)
 * @param hidden the hidden widths, each >= 1 (may be empty: a linear classifier)
 * @param outputs the number of outputs, e.g. classes (>= 1)
 * @param activation the hidden activation ({@code LINEAR} not allowed)
 * @param leakySlope the negative slope of a leaky ReLU, in [0, 1)
 * @param dropout the drop probability after each hidden activation, in [0, 1); 0 is none
 * @param batchNorm whether a batch normalization follows each hidden affine layer
 * @param precision float32 or float64
 */
public record NetConfig(int inputs, int[] hidden, int outputs, Nonlinearity activation, double leakySlope,
                        double dropout, boolean batchNorm, Precision precision) {
    /** The most hidden layers a net may have: far deeper than any the lab trains, few enough to build at once. */
    public static final int MAX_HIDDEN_LAYERS = 1000;
    /**
     * The most numbers (weights, biases, batch-norm parameters and state) a net may have: {@code 2^27},
     * 512 MiB per copy in float32; training holds several copies (values, gradients, optimizer moments,
     * the best parameters), which must fit the JVM's default heap.
     */
    public static final long MAX_NUMBERS = 1L << 27;

    private static final Pattern HIDDEN = Pattern.compile("\\d+(x\\d+)?(,\\d+(x\\d+)?)*");

    /**
     * Validates every field, naming it.
     *
     * @param inputs the number of input features (&gt;= 1)
     * @param hidden the hidden widths, each &gt;= 1, at most {@link #MAX_HIDDEN_LAYERS} of them; copied
     * @param outputs the number of outputs (&gt;= 1)
     * @param activation relu, leaky-relu or tanh
     * @param leakySlope the negative slope of a leaky ReLU, in [0, 1)
     * @param dropout the drop probability, in [0, 1); 0 is none
     * @param batchNorm whether each hidden affine layer is followed by batch norm
     * @param precision float32 or float64, not null
     */
    public NetConfig {
        Check.positive("inputs", inputs);
        Check.positive("outputs", outputs);
        hidden = hidden.clone();
        if (hidden.length > MAX_HIDDEN_LAYERS) {
            throw Check.invalid("hidden layers", hidden.length, "must be at most " + MAX_HIDDEN_LAYERS);
        }
        for (int i = 0; i < hidden.length; i++) {
            Check.positive("hidden width " + (i + 1), hidden[i]);
        }
        if (activation == null || activation == Nonlinearity.LINEAR) {
            throw Check.invalid("activation", activation, "must be one of relu, leaky-relu, tanh");
        }
        if (!(leakySlope >= 0 && leakySlope < 1)) {
            throw Check.invalid("leaky slope", leakySlope, "must be in [0, 1)");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw Check.invalid("dropout", dropout, "must be in [0, 1) (0 for none)");
        }
        if (precision == null) {
            throw Check.invalid("precision", null, "must be float32 or float64");
        }
        long numbers = numbers(inputs, hidden, outputs);
        if (numbers > MAX_NUMBERS) {
            throw Check.invalid("network size", numbers + " numbers (weights, biases and batch-norm parameters and "
                    + "state of " + hidden.length + " hidden layers)", "must be at most " + MAX_NUMBERS
                    + ": make the hidden layers narrower or fewer");
        }
    }

    /**
     * The numbers a net of these widths holds, {@code sum_l (fanIn_l + 3) width_l + (fanIn + 1) outputs}
     * (weights, bias, and room for batch norm's two parameters and state), in {@code long}; a
     * hidden list of up to {@link #MAX_HIDDEN_LAYERS} widths of at most {@code Integer.MAX_VALUE} cannot overflow it.
     *
     * @param inputs the number of input features
     * @param hidden the hidden widths
     * @param outputs the number of outputs
     * @return the count of numbers, compared with {@link #MAX_NUMBERS}
     */
    public static long numbers(int inputs, int[] hidden, int outputs) {
        long numbers = 0;
        long fanIn = inputs;
        for (int width : hidden) {
            numbers += (fanIn + 3) * width;
            fanIn = width;
        }
        return numbers + (fanIn + 1) * outputs;
    }

    /**
     * {@code count} hidden layers of {@code width}, e.g. {@code 100x5} of {@link #parseHidden}.
     *
     * @param width the width of each layer
     * @param count the number of layers
     * @return a new array of {@code count} copies of {@code width}
     */
    public static int[] repeatedWidths(int width, int count) {
        int[] hidden = new int[count];
        Arrays.fill(hidden, width);
        return hidden;
    }

    /**
     * A ReLU net without dropout or batch norm.
     *
     * @param inputs the number of input features
     * @param hidden the hidden widths
     * @param outputs the number of outputs
     * @param precision float32 or float64
     * @return the config, validated
     */
    public static NetConfig relu(int inputs, int[] hidden, int outputs, Precision precision) {
        return new NetConfig(inputs, hidden, outputs, Nonlinearity.RELU, LeakyRelu.DEFAULT_SLOPE, 0, false, precision);
    }

    /**
     * The same config with another precision.
     *
     * @param p the new precision
     * @return a config equal to this one but for the precision
     */
    public NetConfig withPrecision(Precision p) {
        return new NetConfig(inputs, hidden, outputs, activation, leakySlope, dropout, batchNorm, p);
    }

    /**
     * The hidden widths.
     *
     * @return a copy of the widths, from the first hidden layer to the last; empty for a linear classifier
     */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * The number of affine layers, {@code hidden.length + 1}.
     *
     * @return {@code L = hidden.length + 1}
     */
    public int depth() {
        return hidden.length + 1;
    }

    /**
     * The input width of affine layer {@code l} (from 1).
     *
     * @param l the affine layer, from 1 to {@link #depth()}
     * @return {@code inputs} for layer 1, else the width of hidden layer {@code l - 1}
     */
    public int fanIn(int l) {
        return l == 1 ? inputs : hidden[l - 2];
    }

    /**
     * The output width of affine layer {@code l} (from 1).
     *
     * @param l the affine layer, from 1 to {@link #depth()}
     * @return {@code outputs} for the last layer, else the width of hidden layer {@code l}
     */
    public int fanOut(int l) {
        return l == depth() ? outputs : hidden[l - 1];
    }

    /**
     * E.g. {@code 784-[100, 100]-10}.
     *
     * @return the inputs, the hidden widths and the outputs, joined by dashes
     */
    public String describe() {
        return inputs + "-" + Arrays.toString(hidden) + "-" + outputs;
    }

    /**
     * Hidden widths from the command-line form: {@code 100x5} is five layers of 100,
     * {@code 200,100} two layers, {@code 100x2,50} three; {@code none} is no hidden layer (an empty text is an error).
     *
     * @param what the name of the option or field being read, for the error message
     * @param text e.g. {@code 100x5}, {@code 200,100}, {@code none}
     * @return the widths, in order; empty for {@code none}
     * @throws IllegalArgumentException naming {@code what} and the accepted forms
     */
    public static int[] parseHidden(String what, String text) {
        String t = text.trim();
        if (t.equals("none")) {
            return new int[0];
        }
        if (!HIDDEN.matcher(t).matches()) {
            throw Check.invalid(what, text, "must be widths like 100x5 (five layers of 100), 200,100 or 100x2,50, "
                    + "or none");
        }
        String[] parts = t.split(",");
        int[] widths = new int[parts.length];
        int[] counts = new int[parts.length];
        long layers = 0;
        for (int i = 0; i < parts.length; i++) {
            String[] wc = parts[i].split("x");
            widths[i] = parseWidth(what, text, wc[0]);
            counts[i] = wc.length == 2 ? parseWidth(what, text, wc[1]) : 1;
            layers += counts[i];
        }
        if (layers > MAX_HIDDEN_LAYERS) {
            throw Check.invalid(what, text, "at most " + MAX_HIDDEN_LAYERS + " hidden layers (this is " + layers + ")");
        }
        int[] hidden = new int[(int) layers];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            Arrays.fill(hidden, at, at + counts[i], widths[i]);
            at += counts[i];
        }
        return hidden;
    }

    private static int parseWidth(String what, String text, String number) {
        try {
            int v = Integer.parseInt(number);
            if (v >= 1 && v <= 1_000_000) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Check.invalid(what, text, "every width and count must be a whole number in [1, 1000000]");
    }
}
