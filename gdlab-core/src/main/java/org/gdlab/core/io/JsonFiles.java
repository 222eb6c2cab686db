package org.gdlab.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Results and configs as JSON: records serialize by their component names in snake_case
 * ({@code bestEpoch} is written {@code best_epoch}), the one key style of every JSON file gdlab
 * writes (map keys are written as given, and are snake_case too); an empty {@code Optional} is
 * {@code null}. Files are written atomically, so a results.json is either the old one or the
 * whole new one.
 *
 * <p>Non-finite doubles (a diverged run's NaN) are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"}, which numpy's and JavaScript's readers accept
 * with a converter and which keep the file valid JSON.
 */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private JsonFiles() {
    }

    /**
     * The shared mapper (records, maps, lists, arrays).
     *
     * @return the one mapper every gdlab JSON file is read and written with
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * {@code value} as indented JSON text.
     *
     * @param value a record, map, list or array
     * @return the JSON text, indented
     */
    public static String toJson(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code value} as indented JSON, atomically.
     *
     * @param file the JSON file to write (replaced if it exists)
     * @param value a record, map, list or array
     */
    public static void write(Path file, Object value) {
        AtomicFiles.writeString(file, toJson(value));
    }

    /**
     * Reads a JSON file as a tree.
     *
     * @param file the JSON file
     * @return the root node of the document
     * @throws MatrixFileException naming the file, line and column of malformed JSON
     */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw MatrixFileException.atLine(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
