package org.gdlab.nn.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gdlab.core.validate.Check;

/**
 * Where a data set comes from, as written after {@code --data}:
 * <ul>
 *   <li>{@code fashion-mnist}, {@code mnist}, {@code cifar10}: a {@link KnownDataSet} found by
 *       the {@link DataLocator};</li>
 *   <li>{@code fashion-mnist:DIR}, {@code mnist:DIR}, {@code cifar10:DIR}: the same, read from
 *       the folder DIR;</li>
 *   <li>{@code npy:X,Y} or {@code npy:X,Y,X_TEST,Y_TEST}: inputs (one example per row) and
 *       labels (a vector of class indices) from {@code .npy} or {@code .csv} files;</li>
 *   <li>{@code csv:FILE} or {@code csv:FILE,label=COLUMN}: one CSV file holding the features and,
 *       in the column named or numbered (from 0) COLUMN (default: the last), the labels.</li>
 * </ul>
 */
public sealed interface DataSource permits DataSource.Known, DataSource.NumericFiles, DataSource.LabelledCsv {
    /** The prefix of the numeric-files form. */
    String NUMERIC_PREFIX = "npy:";
    /** The prefix of the one-CSV form. */
    String CSV_PREFIX = "csv:";

    /**
     * The text that {@link #parse(String)} turns back into this source; config.json holds it.
     *
     * @return the command-line form, e.g. {@code mnist} or {@code csv:FILE}
     */
    @JsonValue
    String spec();

    /**
     * Reads the source's training and test parts, finding the files with {@code locator} when needed.
     *
     * @param locator where known data sets are looked for
     * @return the training and test parts and the files read
     */
    SourceData load(DataLocator locator);

    /**
     * Parses the command-line form.
     *
     * @param text a form of {@link #forms()}
     * @return the source
     * @throws IllegalArgumentException naming {@code --data}, the text and the valid forms
     */
    @JsonCreator
    static DataSource parse(String text) {
        if (text.startsWith(CSV_PREFIX) && text.length() > CSV_PREFIX.length()) {
            String rest = text.substring(CSV_PREFIX.length());
            int label = rest.lastIndexOf(",label=");
            String file = label < 0 ? rest : rest.substring(0, label);
            if (!file.isBlank() && !file.contains(",")) {
                return new LabelledCsv(Path.of(file), label < 0 ? Optional.empty() : Optional.of(rest.substring(label + 7)));
            }
        } else if (text.startsWith(NUMERIC_PREFIX)) {
            List<String> parts = Arrays.asList(text.substring(NUMERIC_PREFIX.length()).split(",", -1));
            if ((parts.size() == 2 || parts.size() == 4) && parts.stream().noneMatch(String::isBlank)) {
                List<Path> paths = parts.stream().map(Path::of).toList();
                return parts.size() == 2
                        ? new NumericFiles(paths.get(0), paths.get(1), Optional.empty(), Optional.empty())
                        : new NumericFiles(paths.get(0), paths.get(1), Optional.of(paths.get(2)), Optional.of(paths.get(3)));
            }
        } else {
            int colon = text.indexOf(':');
            String id = colon < 0 ? text : text.substring(0, colon);
            Optional<KnownDataSet> set = KnownDataSet.byId(id);
            if (set.isPresent() && (colon < 0 || colon < text.length() - 1)) {
                Optional<Path> folder = colon < 0 ? Optional.empty() : Optional.of(Path.of(text.substring(colon + 1)));
                return new Known(set.get(), folder);
            }
        }
        throw Check.invalid("--data", text, "use one of " + forms());
    }

    /**
     * The valid command-line forms, for messages and help.
     *
     * @return every known data set (with and without {@code :DIR}), then the {@code npy:} and {@code csv:}
     *     forms, comma-separated
     */
    static String forms() {
        return Stream.concat(
                Arrays.stream(KnownDataSet.values()).flatMap(set -> Stream.of(set.id(), set.id() + ":DIR")),
                Stream.of(NUMERIC_PREFIX + "X,Y[,X_TEST,Y_TEST] (each file .npy or .csv)",
                        CSV_PREFIX + "FILE[,label=COLUMN] (one CSV with its labels; --label-column)"))
                .collect(Collectors.joining(", "));
    }

    /**
     * A data set gdlab knows by name.
     *
     * @param set which one
     * @param folder the folder to read it from; empty to let the {@link DataLocator} find it
     */
    record Known(KnownDataSet set, Optional<Path> folder) implements DataSource {
        @Override
        public String spec() {
            return set.id() + folder.map(f -> ":" + f).orElse("");
        }

        @Override
        public SourceData load(DataLocator locator) {
            return set.read(folder.orElseGet(() -> locator.locate(set)));
        }
    }

    /**
     * Inputs and labels from matrix files ({@code .npy} or {@code .csv}), used as they are (no
     * scaling); the classes are {@code 0 .. max label}.
     *
     * @param inputs the training inputs, one example per row
     * @param labels the training labels: a vector of whole numbers >= 0
     * @param testInputs the test inputs, if any
     * @param testLabels the test labels, present exactly when {@code testInputs} is
     */
    record NumericFiles(Path inputs, Path labels, Optional<Path> testInputs, Optional<Path> testLabels)
            implements DataSource {
        /**
         * Checks that the test inputs and labels come together.
         *
         * @param inputs the training inputs' file
         * @param labels the training labels' file
         * @param testInputs the test inputs' file, if any
         * @param testLabels the test labels' file, present exactly when {@code testInputs} is
         */
        public NumericFiles {
            if (testInputs.isPresent() != testLabels.isPresent()) {
                throw Check.invalid("testLabels", testLabels, "test inputs and test labels must be given together");
            }
        }

        @Override
        public String spec() {
            Stream<Path> files = Stream.concat(Stream.of(inputs, labels), Stream.concat(testInputs.stream(), testLabels.stream()));
            return NUMERIC_PREFIX + files.map(Path::toString).collect(Collectors.joining(","));
        }

        @Override
        public SourceData load(DataLocator locator) {
            return NumericDataReader.read(this);
        }
    }

    /**
     * One CSV file with the features and the labels (whole numbers >= 0) in one column, used as
     * read (no scaling); no test part.
     *
     * @param file the CSV file
     * @param labelColumn the label column's header name, or its index from 0; empty for the last column
     */
    record LabelledCsv(Path file, Optional<String> labelColumn) implements DataSource {
        /**
         * Checks that a given column is not blank.
         *
         * @param file the CSV file
         * @param labelColumn the label column's name or index, or empty for the last
         */
        public LabelledCsv {
            if (labelColumn.isPresent() && labelColumn.get().isBlank()) {
                throw Check.invalid("--label-column", labelColumn.get(), "must be a column name or an index >= 0");
            }
        }

        /**
         * The same file with the labels in {@code column}.
         *
         * @param column the label column's header name, or its index from 0
         * @return a new source
         */
        public LabelledCsv withLabelColumn(String column) {
            return new LabelledCsv(file, Optional.of(column));
        }

        @Override
        public String spec() {
            return CSV_PREFIX + file + labelColumn.map(c -> ",label=" + c).orElse("");
        }

        @Override
        public SourceData load(DataLocator locator) {
            return NumericDataReader.readCsv(this);
        }
    }
}
