package org.gdlab.cli;

import java.util.OptionalInt;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import picocli.CommandLine.Option;

/** How a data set is split, for the commands that load one as training would. */
final class DataSplitOptions {
    @Option(names = "--validation-size", paramLabel = "N",
            description = "Validation examples, the last N of the training file (>= 0). Default: 10%% of the training "
                    + "examples, at most " + DataConfig.VALIDATION_CAP + " (5000 of Fashion-MNIST's 60000).")
    Integer validationSize;

    @Option(names = "--standardize",
            description = "Also divide every feature by its standard deviation on the training split (after "
                    + "subtracting its mean), for features of different scales; evaluate and predict apply the same.")
    boolean standardize;

    @Option(names = "--train-size", paramLabel = "N",
            description = "Train on the first N of the remaining training examples (>= 1). Default: all.")
    Integer trainSize;

    @Option(names = "--label-column", paramLabel = "NAME|INDEX",
            description = "With --data csv:FILE: the column holding the labels, by its header name or its index from "
                    + "0. Default: the last column.")
    String labelColumn;

    /** The validated data config for {@code data} (a --data value) split by these options. */
    DataConfig config(String data) {
        DataSource source = DataSource.parse(data);
        if (labelColumn != null) {
            if (!(source instanceof DataSource.LabelledCsv csv)) {
                throw Check.invalid("--label-column", labelColumn, "needs --data " + DataSource.CSV_PREFIX + "FILE");
            }
            source = csv.withLabelColumn(labelColumn);
        }
        return new DataConfig(source,
                validationSize == null ? OptionalInt.empty() : OptionalInt.of(validationSize),
                trainSize == null ? OptionalInt.empty() : OptionalInt.of(trainSize), standardize);
    }
}
