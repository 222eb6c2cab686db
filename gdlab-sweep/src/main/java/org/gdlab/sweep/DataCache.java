package org.gdlab.sweep;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSplits;

/**
 * The data splits this JVM loaded for sweep points, by their {@link DataConfig}: points that share
 * their data (all of a sweep's, usually) load and check it once. Splits are read-only, so points
 * running at the same time share them. Points that ask for the same data at once wait for one
 * load. The {@value #CAPACITY} most recently used configs are kept.
 */
public final class DataCache {
    /** How many data configs are kept loaded. */
    public static final int CAPACITY = 2;

    private static final LinkedHashMap<DataConfig, CompletableFuture<DataSplits>> LOADED = new LinkedHashMap<>(4, 0.75f, true);

    private DataCache() {
    }

    /**
     * The splits of {@code config}, loaded now ({@link DataSplits#load(DataConfig)}) unless kept.
     *
     * @param config the data to load: source, split sizes and preprocessing
     * @return the train, validation and test splits of {@code config}, shared with every other point that asks for it
     * @throws IllegalArgumentException (and the other errors of loading) when the data cannot be loaded; nothing is kept then
     */
    public static DataSplits splits(DataConfig config) {
        CompletableFuture<DataSplits> load;
        boolean mine = false;
        synchronized (LOADED) {
            load = LOADED.get(config);
            if (load == null) {
                load = new CompletableFuture<>();
                keep(config, load);
                mine = true;
            }
        }
        if (mine) {
            try {
                load.complete(DataSplits.load(config));
            } catch (RuntimeException | Error e) {
                synchronized (LOADED) {
                    LOADED.remove(config, load);
                }
                load.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Keeps splits loaded elsewhere (the lab checks its sizes on its own load) for the points that use them.
     *
     * @param data splits already loaded and checked; kept under {@code data.config()}, dropping the least recently used beyond {@value #CAPACITY}
     */
    public static void offer(DataSplits data) {
        synchronized (LOADED) {
            keep(data.config(), CompletableFuture.completedFuture(data));
        }
    }

    private static void keep(DataConfig config, CompletableFuture<DataSplits> load) {
        LOADED.put(config, load);
        Iterator<Map.Entry<DataConfig, CompletableFuture<DataSplits>>> eldest = LOADED.entrySet().iterator();
        while (LOADED.size() > CAPACITY && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
