package org.gdlab.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How chart text is typeset: the ASCII names of the math in titles, axis labels and legends
 * ({@code eta}, {@code beta}, {@code sigma^2}, ...) drawn as their symbols ({@code η}, {@code β},
 * {@code σ²}); the specs and results keep the ASCII names.
 */
public final class ChartText {
    private static final Pattern GREEK = Pattern.compile("(?<![A-Za-z0-9])(eta|beta|sigma|lambda|psi|theta|mu|eps|Phi|phi)(?![A-Za-z0-9])");
    private static final String[][] SYMBOLS = {{"eta", "η"}, {"beta", "β"}, {"sigma", "σ"}, {"lambda", "λ"},
        {"psi", "ψ"}, {"theta", "θ"}, {"mu", "μ"}, {"eps", "ε"}, {"Phi", "Φ"}, {"phi", "φ"}};

    private ChartText() {
    }

    /**
     * {@code text} with Greek names as letters and {@code ^2} as a superscript 2.
     *
     * @param text a title, label or legend entry in ASCII; null gives {@code ""}
     * @return the text with {@code eta, beta, sigma, lambda, psi, theta, mu, eps, Phi, phi} (as whole words) as their letters
     */
    public static String typeset(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = GREEK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(symbol(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("^2", "²");
    }

    private static String symbol(String name) {
        for (String[] s : SYMBOLS) {
            if (s[0].equals(name)) {
                return s[1];
            }
        }
        return name;
    }
}
