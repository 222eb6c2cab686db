package org.gdlab.nn.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Checksum;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.nn.hessian.SharpnessPoint;
import org.gdlab.nn.optim.OptimizerState;

/**
 * Reads and writes {@link Checkpoint}s, atomically (temporary file, then rename).
 *
 * <p>Layout (big-endian): the 8 bytes {@code GDLABCK2}; a 4-byte length and that many bytes of
 * UTF-8 JSON holding the scalars, then the CRC32C of those bytes; a 4-byte count of arrays; then
 * each array as its name (Java modified UTF-8 with a 2-byte length), a 4-byte element count, the
 * float64 elements and the CRC32C of the array's name, count and elements. Arrays are binary so
 * that every number comes back bit for bit; the checksums make a flipped bit a refusal naming the
 * file and the part instead of a resume with different numbers. A reader ignores the arrays it
 * does not know; the per-iteration train accuracies ({@code history.iterationTrainAccuracyAt}, the
 * iteration counts as float64, and {@code history.iterationTrainAccuracy}) and the per-epoch
 * validation loss ({@code history.validationLoss}, read as NaN when absent) and the sharpness
 * measurements ({@code history.sharpness}: per point its iteration, epoch, lambda_max, residual,
 * learning rate and edge) came after the first checkpoints, so a file without them is read as
 * having none.
 *
 * <p>Files of the first layout ({@code GDLABCK1}: the same without the checksums) are still read;
 * they cannot be checked for corruption beyond their structure.
 */
public final class CheckpointFile {
    private static final byte[] MAGIC = "GDLABCK2".getBytes(StandardCharsets.US_ASCII);
    /** The magic of the first layout, without checksums. */
    private static final byte[] MAGIC_UNCHECKED = "GDLABCK1".getBytes(StandardCharsets.US_ASCII);
    private static final String OPTIMIZER_PREFIX = "optimizer.";
    private static final String LAYER_PREFIX = "history.layerGradientNorm.";
    private static final String ACCURACY_AT = "history.iterationTrainAccuracyAt";
    private static final String ACCURACY = "history.iterationTrainAccuracy";
    private static final String VALIDATION_LOSS = "history.validationLoss";
    private static final String SHARPNESS = "history.sharpness";
    /** The numbers of one {@link SharpnessPoint} in the {@code history.sharpness} array. */
    private static final int SHARPNESS_FIELDS = 6;

    private CheckpointFile() {
    }

    /**
     * Writes {@code checkpoint} to {@code file} atomically.
     *
     * @param file the checkpoint file, replaced as a whole (never left half-written)
     * @param checkpoint the state to save
     */
    public static void write(Path file, Checkpoint checkpoint) {
        write(file, header(checkpoint), arrays(checkpoint));
    }

    /** The scalars of {@code checkpoint} that go into the JSON header. */
    static Map<String, Object> header(Checkpoint checkpoint) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("network", checkpoint.network());
        meta.put("epochsDone", checkpoint.epochsDone());
        meta.put("iteration", checkpoint.iteration());
        meta.put("bestEpoch", checkpoint.bestEpoch());
        meta.put("optimizer", checkpoint.optimizer().optimizer());
        meta.put("optimizerSteps", checkpoint.optimizer().steps());
        return meta;
    }

    /** The arrays of {@code checkpoint}, by name, in the order they are written. */
    static Map<String, double[]> arrays(Checkpoint checkpoint) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("scalars", new double[] {checkpoint.bestValidationAccuracy(), checkpoint.optimizer().learningRate(),
            checkpoint.trainSeconds()});
        arrays.put("parameters", checkpoint.parameters());
        arrays.put("bestParameters", checkpoint.bestParameters());
        checkpoint.optimizer().buffers().forEach((name, values) -> arrays.put(OPTIMIZER_PREFIX + name, values));
        TrainHistory h = checkpoint.history();
        arrays.put("history.loss", h.loss());
        arrays.put("history.gradientNorm", h.gradientNorm());
        for (int l = 0; l < h.layerGradientNorms().length; l++) {
            arrays.put(LAYER_PREFIX + (l + 1), h.layerGradientNorms()[l]);
        }
        arrays.put("history.trainAccuracy", h.trainAccuracy());
        arrays.put("history.validationAccuracy", h.validationAccuracy());
        arrays.put(VALIDATION_LOSS, h.validationLoss());
        arrays.put("history.epochSeconds", h.epochSeconds());
        arrays.put(ACCURACY_AT, Arrays.stream(h.iterationTrainAccuracyAt()).asDoubleStream().toArray());
        arrays.put(ACCURACY, h.iterationTrainAccuracy());
        arrays.put(SHARPNESS, h.sharpness().stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.iteration(),
                p.epoch(), p.lambdaMax(), p.residual(), p.learningRate(), p.edge())).toArray());
        return arrays;
    }

    /** Writes the layout: the magic, the JSON {@code header}, then the {@code arrays}; atomically. */
    static void write(Path file, Map<String, Object> header, Map<String, double[]> arrays) {
        byte[] json = JsonFiles.toJson(header).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, raw -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            out.writeInt(json.length);
            checked.getChecksum().reset();
            out.write(json);
            writeChecksum(out, checked.getChecksum());
            out.writeInt(arrays.size());
            for (Map.Entry<String, double[]> e : arrays.entrySet()) {
                checked.getChecksum().reset();
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (double v : e.getValue()) {
                    out.writeDouble(v);
                }
                writeChecksum(out, checked.getChecksum());
            }
            out.flush();
        });
    }

    /** Appends the section's checksum (which, passing through the checked stream, is then discarded from it). */
    private static void writeChecksum(DataOutputStream out, Checksum sum) throws IOException {
        out.writeInt((int) sum.getValue());
        sum.reset();
    }

    /**
     * Reads a checkpoint.
     *
     * @param file a file written by {@link #write(Path, Checkpoint)}
     * @return the checkpoint it holds
     * @throws MatrixFileException naming the file and byte offset when it is not a checkpoint or is truncated
     * @throws UncheckedIOException when it cannot be read
     */
    public static Checkpoint read(Path file) {
        try (CountingStream counter = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             CheckedInputStream checked = new CheckedInputStream(counter, new CRC32C());
             DataInputStream in = new DataInputStream(checked)) {
            long size = Files.size(file);
            Checksum sum = checked.getChecksum();
            try {
                byte[] magic = new byte[MAGIC.length];
                in.readFully(magic);
                boolean verified = Arrays.equals(magic, MAGIC);
                if (!verified && !Arrays.equals(magic, MAGIC_UNCHECKED)) {
                    throw MatrixFileException.atByte(file, 0, "not a gdlab checkpoint (the magic GDLABCK2 or GDLABCK1 is missing)");
                }
                int jsonLength = in.readInt();
                if (jsonLength < 2 || jsonLength > 1 << 24 || jsonLength > size - counter.count) {
                    throw MatrixFileException.atByte(file, 8, "corrupt: a header length of " + jsonLength + " bytes ("
                            + (size - counter.count) + " follow)");
                }
                byte[] json = new byte[jsonLength];
                sum.reset();
                in.readFully(json);
                if (verified) {
                    verify(file, in, sum, 12, "the header");
                }
                JsonNode meta = JsonFiles.mapper().readTree(json);
                int count = in.readInt();
                Map<String, double[]> arrays = new LinkedHashMap<>();
                for (int a = 0; a < count; a++) {
                    long at = counter.count;
                    sum.reset();
                    String name = in.readUTF();
                    int n = in.readInt();
                    long left = size - counter.count;
                    if (n < 0 || n > Integer.MAX_VALUE / 8 || 8L * n > left) {
                        throw MatrixFileException.atByte(file, at, "truncated or corrupt: the array '" + name
                                + "' claims " + n + " numbers (" + 8L * n + " bytes) but " + left + " bytes follow");
                    }
                    double[] values = new double[n];
                    for (int k = 0; k < n; k++) {
                        values[k] = in.readDouble();
                    }
                    if (verified) {
                        verify(file, in, sum, at, "the array '" + name + "'");
                    }
                    arrays.put(name, values);
                }
                if (in.read() != -1) {
                    throw MatrixFileException.atByte(file, counter.count - 1, "corrupt: bytes after the last array");
                }
                return assemble(file, meta, arrays);
            } catch (EOFException e) {
                throw MatrixFileException.atByte(file, counter.count, "truncated: the file ends before the checkpoint does");
            } catch (java.io.UTFDataFormatException e) {
                throw MatrixFileException.atByte(file, counter.count, "corrupt: an array name is not valid UTF-8");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw MatrixFileException.atByte(file, 12, "corrupt header: " + e.getOriginalMessage());
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no checkpoint at " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the stored CRC32C of the section that began at {@code offset} and compares it with
     * {@code sum}, the checksum of the bytes read since; a mismatch names the file and the part.
     */
    private static void verify(Path file, DataInputStream in, Checksum sum, long offset, String part) throws IOException {
        int computed = (int) sum.getValue();
        int stored = in.readInt();
        if (stored != computed) {
            throw MatrixFileException.atByte(file, offset, "corrupt: the checksum of " + part + " does not match "
                    + "(CRC32C stored " + Integer.toHexString(stored) + ", computed " + Integer.toHexString(computed)
                    + "); the checkpoint cannot be trusted");
        }
    }

    private static Checkpoint assemble(Path file, JsonNode meta, Map<String, double[]> arrays) {
        double[] scalars = require(file, arrays, "scalars");
        if (scalars.length != 3) {
            throw MatrixFileException.of(file, "corrupt: 'scalars' holds " + scalars.length + " numbers, not 3");
        }
        Map<String, double[]> optimizer = new LinkedHashMap<>();
        arrays.forEach((name, values) -> {
            if (name.startsWith(OPTIMIZER_PREFIX)) {
                optimizer.put(name.substring(OPTIMIZER_PREFIX.length()), values);
            }
        });
        int layers = 0;
        while (arrays.containsKey(LAYER_PREFIX + (layers + 1))) {
            layers++;
        }
        long iteration = meta.path("iteration").asLong();
        int epochsDone = meta.path("epochsDone").asInt();
        String perIteration = "one per iteration done";
        String perEpoch = "one per epoch done";
        double[][] layerNorms = new double[layers][];
        for (int l = 0; l < layers; l++) {
            layerNorms[l] = require(file, arrays, LAYER_PREFIX + (l + 1), iteration, perIteration);
        }
        double[] accuracyAt = arrays.getOrDefault(ACCURACY_AT, new double[0]);
        double[] accuracy = arrays.getOrDefault(ACCURACY, new double[0]);
        if (accuracyAt.length != accuracy.length) {
            throw MatrixFileException.of(file, "corrupt: '" + ACCURACY_AT + "' holds " + accuracyAt.length
                    + " numbers but '" + ACCURACY + "' " + accuracy.length);
        }
        TrainHistory history = new TrainHistory(require(file, arrays, "history.loss", iteration, perIteration),
                require(file, arrays, "history.gradientNorm", iteration, perIteration), layerNorms,
                require(file, arrays, "history.trainAccuracy", epochsDone, perEpoch),
                require(file, arrays, "history.validationAccuracy", epochsDone, perEpoch),
                arrays.containsKey(VALIDATION_LOSS) ? require(file, arrays, VALIDATION_LOSS, epochsDone, perEpoch) : null,
                require(file, arrays, "history.epochSeconds", epochsDone, perEpoch), iterations(accuracyAt), accuracy,
                sharpness(file, arrays.getOrDefault(SHARPNESS, new double[0])));
        double[] parameters = require(file, arrays, "parameters");
        OptimizerState state = new OptimizerState(text(file, meta, "optimizer"), meta.path("optimizerSteps").asLong(),
                scalars[1], optimizer);
        return new Checkpoint(text(file, meta, "network"), epochsDone, iteration, parameters,
                require(file, arrays, "bestParameters", parameters.length, "as many as 'parameters'"),
                meta.path("bestEpoch").asInt(), scalars[0], state, history, scalars[2]);
    }

    /** The sharpness points stored as {@link #SHARPNESS_FIELDS} numbers each. */
    private static List<SharpnessPoint> sharpness(Path file, double[] stored) {
        if (stored.length % SHARPNESS_FIELDS != 0) {
            throw MatrixFileException.of(file, "corrupt: '" + SHARPNESS + "' holds " + stored.length
                    + " numbers, not a multiple of " + SHARPNESS_FIELDS);
        }
        List<SharpnessPoint> points = new ArrayList<>();
        for (int i = 0; i < stored.length; i += SHARPNESS_FIELDS) {
            points.add(new SharpnessPoint((long) stored[i], stored[i + 1], stored[i + 2], stored[i + 3], stored[i + 4],
                    stored[i + 5]));
        }
        return points;
    }

    /** The iteration counts stored as float64 (exact below 2^53), back as longs. */
    private static long[] iterations(double[] stored) {
        long[] at = new long[stored.length];
        for (int k = 0; k < stored.length; k++) {
            at[k] = (long) stored[k];
        }
        return at;
    }

    private static double[] require(Path file, Map<String, double[]> arrays, String name) {
        double[] a = arrays.get(name);
        if (a == null) {
            throw MatrixFileException.of(file, "corrupt: the array '" + name + "' is missing");
        }
        return a;
    }

    /** The named array, which must hold {@code length} numbers ({@code why} says why, for the message). */
    private static double[] require(Path file, Map<String, double[]> arrays, String name, long length, String why) {
        double[] a = require(file, arrays, name);
        if (a.length != length) {
            throw MatrixFileException.of(file, "corrupt: the array '" + name + "' holds " + a.length + " numbers, not "
                    + length + " (" + why + ")");
        }
        return a;
    }

    private static String text(Path file, JsonNode meta, String field) {
        JsonNode n = meta.get(field);
        if (n == null || !n.isTextual()) {
            throw MatrixFileException.of(file, "corrupt: the header field '" + field + "' is missing");
        }
        return n.asText();
    }

    /** Counts the bytes read, for error offsets. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
