package org.gdlab.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;

/**
 * Reads and writes matrices as comma-separated text: one row per line, the same number of
 * numbers on each. Blank lines and lines starting with {@code #} are skipped; a first line whose
 * fields are all non-numeric is taken as a header of column names. Numbers are written in the
 * shortest form that reads back to the same float or double.
 */
public final class CsvMatrix {
    /** U+FEFF, which some editors put before the first line of a UTF-8 file; it is not part of the data. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvMatrix() {
    }

    /**
     * The column names of a CSV file's header line (stripped), or an empty list when its first
     * line that is not blank or a comment holds a number.
     *
     * @param file the CSV file
     * @return the header's column names in file order; empty when the file has no header line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<String> header(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] fields = line.split(",", -1);
                    return isHeader(fields) ? java.util.Arrays.stream(fields).map(String::strip).toList() : List.of();
                }
            }
            return List.of();
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CSV file into a float64 matrix.
     *
     * @param file the CSV file (an optional header line, {@code #} comments and blank lines are
     *     skipped)
     * @return the rows of the file as an {@code n x d} matrix, one row per data line
     * @throws MatrixFileException naming the file, line and column of a field that is not a
     *     number, or of a row with the wrong number of fields
     * @throws UncheckedIOException when the file cannot be read
     */
    public static MatrixF64 read(Path file) {
        List<double[]> rows = new ArrayList<>();
        long lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean headerAllowed = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith(BYTE_ORDER_MARK)) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (headerAllowed && isHeader(fields)) {
                    headerAllowed = false;
                    continue;
                }
                headerAllowed = false;
                if (!rows.isEmpty() && fields.length != rows.get(0).length) {
                    throw MatrixFileException.atLine(file, lineNo, 1, "this row has " + fields.length
                            + " fields where the first row has " + rows.get(0).length);
                }
                rows.add(parseRow(file, lineNo, line, fields));
            }
        } catch (CharacterCodingException e) {
            throw MatrixFileException.atLine(file, lineNo + 1, 1, "not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw MatrixFileException.of(file, "no rows of numbers");
        }
        return MatrixF64.fromRows(rows.toArray(new double[0][]));
    }

    private static boolean isHeader(String[] fields) {
        for (String f : fields) {
            if (parseOrNull(f.strip()) != null) {
                return false;
            }
        }
        return true;
    }

    private static double[] parseRow(Path file, long lineNo, String line, String[] fields) {
        double[] row = new double[fields.length];
        int column = 1;
        for (int j = 0; j < fields.length; j++) {
            Double v = parseOrNull(fields[j].strip());
            if (v == null) {
                throw MatrixFileException.atLine(file, lineNo, column, "'" + fields[j].strip() + "' is not a number");
            }
            row[j] = v;
            column += fields[j].length() + 1;
        }
        return row;
    }

    private static Double parseOrNull(String s) {
        if (s.isEmpty() || s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F")) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Writes a matrix as CSV, atomically; float32 matrices are written with float precision.
     *
     * @param file the CSV file to write (replaced if it exists)
     * @param m the matrix; one line per row
     */
    public static void write(Path file, DenseMatrix<?> m) {
        boolean single = m instanceof MatrixF32;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                if (j > 0) {
                    sb.append(',');
                }
                double v = m.getAsDouble(i, j);
                sb.append(single ? Float.toString((float) v) : Double.toString(v));
            }
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }
}
