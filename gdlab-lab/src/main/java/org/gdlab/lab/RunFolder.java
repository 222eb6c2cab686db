package org.gdlab.lab;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;

/**
 * A run folder: {@code config.json} (everything needed to rerun) and {@code results.json} (what
 * the run measured), both written atomically; a report reads the results back as the same record.
 */
public final class RunFolder {
    /** The config file's name. */
    public static final String CONFIG = "config.json";
    /** The results file's name. */
    public static final String RESULTS = "results.json";

    private static final ObjectMapper READER = JsonFiles.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunFolder() {
    }

    /** Writes {@code config} and {@code results} into {@code dir}, creating it. */
    public static void write(Path dir, Object config, Object results) {
        JsonFiles.write(dir.resolve(CONFIG), config);
        JsonFiles.write(dir.resolve(RESULTS), results);
    }

    /**
     * Reads {@code dir/results.json} as a {@code type}.
     *
     * @throws UncheckedIOException naming the file when it is missing or does not hold a {@code type}
     */
    public static <T> T read(Path dir, Class<T> type) {
        return readJson(dir.resolve(RESULTS), type);
    }

    /**
     * Reads a JSON file of the lab as a {@code type}, ignoring fields the record no longer has.
     *
     * @throws UncheckedIOException naming the file when it is missing or does not hold a {@code type}
     */
    public static <T> T readJson(Path file, Class<T> type) {
        try {
            return READER.treeToValue(JsonFiles.read(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
