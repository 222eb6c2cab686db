package org.gdlab.nn.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;

/**
 * A run folder, the one place gdlab writes one: {@code config.json} (everything needed to rerun),
 * {@code results.json} (what the run measured), and for training {@code checkpoint.bin}; each
 * written atomically (temporary file, then rename). Used by {@code gdlab train}, {@code gdlab
 * experiment}, the lab and Java users alike; reports read results.json back as the same record.
 *
 * @param dir the folder
 */
public record RunFolder(Path dir) {
    /** The config file's name. */
    public static final String CONFIG = "config.json";
    /** The results file's name. */
    public static final String RESULTS = "results.json";
    /** The checkpoint file's name. */
    public static final String CHECKPOINT = "checkpoint.bin";

    private static final ObjectMapper LENIENT = JsonFiles.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The config file. */
    public Path configFile() {
        return dir.resolve(CONFIG);
    }

    /** The results file. */
    public Path resultsFile() {
        return dir.resolve(RESULTS);
    }

    /** The checkpoint file. */
    public Path checkpointFile() {
        return dir.resolve(CHECKPOINT);
    }

    /** Writes {@code config} as config.json. */
    public void writeConfig(Object config) {
        JsonFiles.write(configFile(), config);
    }

    /** Writes {@code results} as results.json. */
    public void writeResults(Object results) {
        JsonFiles.write(resultsFile(), results);
    }

    /** Writes both files. */
    public void write(Object config, Object results) {
        writeConfig(config);
        writeResults(results);
    }

    /**
     * Reads config.json as a training run's config, strictly.
     *
     * @throws IllegalArgumentException naming the file and the key that is missing, null, of the
     *     wrong type or invalid
     */
    public RunConfig readConfig() {
        return ConfigReader.read(configFile(), RunConfig.class);
    }

    /** Reads the checkpoint. */
    public Checkpoint readCheckpoint() {
        return CheckpointFile.read(checkpointFile());
    }

    /**
     * Reads results.json as a {@code type}, ignoring fields the record no longer has.
     *
     * @throws UncheckedIOException naming the file when it is missing or does not hold a {@code type}
     */
    public <T> T readResults(Class<T> type) {
        return readJson(resultsFile(), type);
    }

    /**
     * Reads a JSON file written by gdlab as a {@code type}, ignoring fields the record no longer has.
     *
     * @throws UncheckedIOException naming the file when it is missing or does not hold a {@code type}
     */
    public static <T> T readJson(Path file, Class<T> type) {
        try {
            return LENIENT.treeToValue(JsonFiles.read(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
