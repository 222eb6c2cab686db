package org.gdlab.cli;

import java.util.OptionalInt;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import picocli.CommandLine.Option;

/** How a data set is split, for the commands that load one as training would. */
final class DataSplitOptions {
    @Option(names = "--validation-size", paramLabel = "N",
            description = "Validation examples, the last N of the training file (>= 0). Default: 10% of the training "
                    + "examples, at most " + DataConfig.VALIDATION_CAP + " (5000 of Fashion-MNIST's 60000).")
    Integer validationSize;

    @Option(names = "--train-size", paramLabel = "N",
            description = "Train on the first N of the remaining training examples (>= 1). Default: all.")
    Integer trainSize;

    /** The validated data config for {@code data} (a --data value) split by these options. */
    DataConfig config(String data) {
        return new DataConfig(DataSource.parse(data),
                validationSize == null ? OptionalInt.empty() : OptionalInt.of(validationSize),
                trainSize == null ? OptionalInt.empty() : OptionalInt.of(trainSize));
    }
}
