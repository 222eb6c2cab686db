package org.gdlab.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.EtaFreeParts;

/**
 * The eta-free parts of the last few momentum answers ({@link EtaFreeParts} and the GD analysis
 * at GD's best eta), so that moving the eta slider recomputes only what depends on eta. Keyed by
 * {@link EtaFreeParts.Key} (the spectrum's values and every setting but eta); the least recently
 * used entry goes when {@link #CAPACITY} are held. Safe for the server's threads.
 */
public final class EtaFreeMemo {
    /** Entries held: a few pages or spectra at once. */
    static final int CAPACITY = 4;

    /**
     * One entry.
     *
     * @param parts momentum's eta-free parts
     * @param gd the GD analysis at GD's best eta (from {@code parts.gd().eta()})
     */
    public record Entry(EtaFreeParts parts, GdResult gd) {
    }

    private final Map<EtaFreeParts.Key, Entry> entries = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<EtaFreeParts.Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The entry of {@code key}, computed by {@code compute} when it is not held. Two threads
     * asking for the same new key may both compute it; the answers are the same.
     *
     * @param key what the entry depends on
     * @param compute makes the entry of a key not held
     * @return the entry of {@code key}
     */
    public Entry get(EtaFreeParts.Key key, Function<EtaFreeParts.Key, Entry> compute) {
        synchronized (entries) {
            Entry held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        Entry made = compute.apply(key);
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }

    /**
     * How many entries are held.
     *
     * @return the count, at most {@link #CAPACITY}
     */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
