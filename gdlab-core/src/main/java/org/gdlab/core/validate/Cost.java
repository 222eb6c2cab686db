package org.gdlab.core.validate;

/**
 * What a piece of work will cost, checked before it starts: memory from shapes multiplied in
 * {@code long} (an overflow is a refusal, never a wrapped negative size), and step counts against
 * a documented ceiling. A refusal is the one-line {@link IllegalArgumentException} of
 * {@link Check#invalid}, naming the option that asked for the work.
 */
public final class Cost {
    /**
     * The most numbers one buffer (or one family of buffers that grow together, such as a run's
     * histories) may hold: {@code 2^28}, 2 GiB as float64. Beyond it the JVM's default heap on a
     * small machine runs out, and the work would take hours anyway.
     */
    public static final long MAX_ELEMENTS = 1L << 28;

    private Cost() {
    }

    /**
     * The product of {@code dims}, required to be at most {@link #MAX_ELEMENTS}.
     *
     * @param name the option (or options) that set the dimensions, e.g. {@code "--rows x --cols"}
     * @param dims each >= 0
     * @return the product of {@code dims}
     * @throws IllegalArgumentException naming {@code name}, the dimensions and their product (or
     *     that it overflows)
     */
    public static long elements(String name, long... dims) {
        return atMost(name, MAX_ELEMENTS, "numbers in memory (" + bytes(MAX_ELEMENTS * 8) + " as float64)", dims);
    }

    /**
     * The product of {@code factors}, required to be at most {@code max}.
     *
     * @param name the option (or options) that set the factors
     * @param max the ceiling
     * @param unit what is counted, for the message, e.g. {@code "simulated steps (about 10 s)"}
     * @param factors each {@code >= 0}
     * @return the product of {@code factors}
     * @throws IllegalArgumentException naming {@code name}, the factors and their product
     */
    public static long atMost(String name, long max, String unit, long... factors) {
        long product = 1;
        boolean overflow = false;
        for (long f : factors) {
            if (f < 0) {
                throw Check.invalid(name, f, "must be >= 0");
            }
            try {
                product = Math.multiplyExact(product, f);
            } catch (ArithmeticException e) {
                overflow = true;
            }
        }
        if (overflow || product > max) {
            StringBuilder shape = new StringBuilder();
            for (int i = 0; i < factors.length; i++) {
                shape.append(i == 0 ? "" : " x ").append(factors[i]);
            }
            String total = overflow ? "more than " + Long.MAX_VALUE : Long.toString(product);
            throw Check.invalid(name, factors.length == 1 ? shape : shape + " = " + total,
                    "the work must need at most " + max + " " + unit);
        }
        return product;
    }

    /** {@code n} bytes in the largest binary unit that keeps a whole number, e.g. {@code "2 GiB"}. */
    static String bytes(long n) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (u < units.length - 1 && n >= 1024 && n % 1024 == 0) {
            n /= 1024;
            u++;
        }
        return n + " " + units[u];
    }
}
