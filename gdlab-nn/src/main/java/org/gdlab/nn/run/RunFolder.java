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

    /**
     * The config file.
     *
     * @return the path of config.json in the folder
     */
    public Path configFile() {
        return dir.resolve(CONFIG);
    }

    /**
     * The results file.
     *
     * @return the path of results.json in the folder
     */
    public Path resultsFile() {
        return dir.resolve(RESULTS);
    }

    /**
     * The checkpoint file.
     *
     * @return the path of checkpoint.bin in the folder
     */
    public Path checkpointFile() {
        return dir.resolve(CHECKPOINT);
    }

    /**
     * Writes {@code config} as config.json.
     *
     * @param config the run's config, written as JSON
     */
    public void writeConfig(Object config) {
        JsonFiles.write(configFile(), config);
    }

    /**
     * Writes {@code results} as results.json.
     *
     * @param results the run's results, written as JSON
     */
    public void writeResults(Object results) {
        JsonFiles.write(resultsFile(), results);
    }

    /**
     * Writes both files.
     *
     * @param config the run's config, written to config.json
     * @param results the run's results, written to results.json
     */
    public void write(Object config, Object results) {
        writeConfig(config);
        writeResults(results);
    }

    /**
     * Reads config.json as a training run's config, strictly.
     *
     * @return the config
     * @throws IllegalArgumentException naming the file and the key that is missing, null, of the
     *     wrong type or invalid
     */
    public RunConfig readConfig() {
        return ConfigReader.read(configFile(), RunConfig.class);
    }

    /**
     * Reads the checkpoint.
     *
     * @return the checkpoint in checkpoint.bin
     */
    public Checkpoint readCheckpoint() {
        return CheckpointFile.read(checkpointFile());
    }

    /**
     * Reads results.json as a {@code type}, ignoring fields the record no longer has.
     *
     * @param <T> the record type
     * @param type the record class of the results, e.g. {@code RunResult.class}
     * @return the results
     * @throws UncheckedIOException naming the file when it is missing or does not hold a {@code type}
     */
    public <T> T readResults(Class<T> type) {
        return readJson(resultsFile(), type);
    }

    /**
     * Reads a JSON file written by gdlab as a {@code type}, ignoring fields the record no longer has.
     *
     * @param <T> the record type
     * @param file the JSON file
     * @param type the record class
     * @return the file's contents as a {@code type}
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
