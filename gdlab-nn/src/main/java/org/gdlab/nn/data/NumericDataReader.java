package org.gdlab.nn.data;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.io.CsvMatrix;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * Reads a {@link DataSource.NumericFiles} source: inputs from a {@code .npy} or {@code .csv}
 * matrix of finite numbers, labels from a vector of whole numbers in {@code [0, MAX_LABEL]}; the
 * number of classes is one more than the largest label of the training and test parts.
 */
final class NumericDataReader {
    /** The largest label: a label {@code L} gives the network {@code L + 1} outputs. */
    static final int MAX_LABEL = (1 << 16) - 1;

    private NumericDataReader() {
    }

    static SourceData read(DataSource.NumericFiles source) {
        MatrixF32 trainInputs = inputs(source.inputs());
        int[] trainLabels = labels(source.labels(), trainInputs, source.inputs());
        MatrixF32 testInputs = source.testInputs().map(NumericDataReader::inputs)
                .orElseGet(() -> MatrixF32.zeros(0, trainInputs.cols()));
        int[] testLabels = source.testLabels().map(file -> labels(file, testInputs, source.testInputs().orElseThrow()))
                .orElseGet(() -> new int[0]);
        source.testInputs().ifPresent(file -> {
            if (testInputs.cols() != trainInputs.cols()) {
                throw MatrixFileException.of(file, "the test inputs have " + testInputs.cols()
                        + " columns but the training inputs " + source.inputs() + " have " + trainInputs.cols());
            }
        });
        int classes = 1 + Math.max(max(trainLabels), max(testLabels));
        List<DataFile> files = new ArrayList<>();
        for (Path file : List.of(source.inputs(), source.labels())) {
            files.add(DataFile.of(file));
        }
        source.testInputs().ifPresent(file -> files.add(DataFile.of(file)));
        source.testLabels().ifPresent(file -> files.add(DataFile.of(file)));
        String name = source.inputs().getFileName().toString();
        return new SourceData(new Dataset(name + " train", trainInputs, trainLabels, classes),
                new Dataset(name + " test", testInputs, testLabels, classes), files);
    }

    /**
     * Reads inputs and requires them finite: a NaN or infinite feature would only show as a
     * diverged first iteration.
     */
    private static MatrixF32 inputs(Path file) {
        MatrixF32 x = MatrixFiles.readF32(file);
        requireFinite(file, x);
        return x;
    }

    private static void requireFinite(Path file, MatrixF32 x) {
        FloatBuffer data = x.buffer();
        for (int k = 0; k < x.size(); k++) {
            if (!Float.isFinite(data.get(k))) {
                throw MatrixFileException.of(file, "the input at row " + k / x.cols() + ", column " + k % x.cols()
                        + " = " + data.get(k) + " is not allowed: inputs must be finite");
            }
        }
    }

    /**
     * Reads one CSV of features and labels: the label column is the header name or index of
     * {@code source.labelColumn()}, the last column by default; the other columns, in order, are
     * the features.
     */
    static SourceData readCsv(DataSource.LabelledCsv source) {
        Path file = source.file();
        MatrixF64 all = MatrixFiles.readF64(file);
        int label = labelColumn(source, all.cols());
        if (all.cols() < 2) {
            throw MatrixFileException.of(file, "needs at least one feature column besides the labels");
        }
        MatrixF32 x = MatrixF32.zeros(all.rows(), all.cols() - 1);
        for (int i = 0; i < all.rows(); i++) {
            for (int j = 0, c = 0; j < all.cols(); j++) {
                if (j != label) {
                    x.set(i, c++, (float) all.get(i, j));
                }
            }
        }
        requireFinite(file, x);
        int[] y = wholeLabels(file, all, label);
        int classes = 1 + max(y);
        String name = file.getFileName().toString();
        return new SourceData(new Dataset(name + " train", x, y, classes),
                new Dataset(name + " test", MatrixF32.zeros(0, x.cols()), new int[0], classes), List.of(DataFile.of(file)));
    }

    private static int labelColumn(DataSource.LabelledCsv source, int columns) {
        if (source.labelColumn().isEmpty()) {
            return columns - 1;
        }
        String c = source.labelColumn().get();
        List<String> header = CsvMatrix.header(source.file());
        int named = header.indexOf(c);
        if (named >= 0) {
            return named;
        }
        try {
            int index = Integer.parseInt(c);
            if (index >= 0 && index < columns) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Check.invalid("--label-column", c, "must be one of the header's names " + header
                + " or an index in [0, " + (columns - 1) + "] of " + source.file());
    }

    private static int[] labels(Path file, MatrixF32 inputs, Path inputsFile) {
        MatrixF64 column = MatrixFiles.readF64(file);
        if (column.cols() != 1) {
            throw MatrixFileException.of(file, "labels must be a vector, not a " + column.shape() + " matrix");
        }
        if (column.rows() != inputs.rows()) {
            throw MatrixFileException.of(file, "the file has " + column.rows() + " labels but the inputs "
                    + inputsFile + " have " + inputs.rows() + " rows");
        }
        return wholeLabels(file, column, 0);
    }

    /** Column {@code col} of {@code m} as class indices: whole numbers in [0, MAX_LABEL]. */
    private static int[] wholeLabels(Path file, MatrixF64 m, int col) {
        int[] labels = new int[m.rows()];
        for (int i = 0; i < labels.length; i++) {
            double v = m.get(i, col);
            if (!(v >= 0 && v <= MAX_LABEL && v == Math.rint(v))) {
                throw MatrixFileException.of(file, "label " + i + " = " + v + " is not allowed: must be a whole number in [0, "
                        + MAX_LABEL + "] (one network output per class)");
            }
            labels[i] = (int) v;
        }
        return labels;
    }

    private static int max(int[] values) {
        int max = -1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
