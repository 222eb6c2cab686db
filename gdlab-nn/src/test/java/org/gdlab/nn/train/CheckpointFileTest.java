package org.gdlab.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.nn.optim.OptimizerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint's checksums: every corrupted section is refused naming the file and the part. */
class CheckpointFileTest {
    /** A small checkpoint built by hand: 2 epochs, 3 iterations, 4 parameters, Adam's two buffers. */
    static Checkpoint sample() {
        TrainHistory history = new TrainHistory(new double[] {2.3, 1.9, 1.2}, new double[] {0.5, 0.4, 0.3},
                new double[][] {{0.6, 0.5, 0.4}, {0.4, 0.3, 0.2}}, new double[] {0.3, 0.5}, new double[] {0.25, 0.45}, new double[] {1.4, 1.1},
                new double[] {0.01, 0.02}, new long[] {2}, new double[] {0.4}, null);
        OptimizerState adam = new OptimizerState("adam(lr=0.001)", 3, 1e-3,
                Map.of("m", new double[] {0.1, -0.2, 0.3, 0.0}, "v", new double[] {1e-4, 2e-4, 3e-4, 0}));
        return new Checkpoint("4-[2]-2", 2, 3, new double[] {0.5, -1.5, 2.25, 1e-300},
                new double[] {0.5, -1.5, 2.0, 0}, 2, 0.45, adam, history, 0.03);
    }

    @Test
    void aCheckpointComesBackBitForBit(@TempDir Path dir) {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, sample());
        Checkpoint back = CheckpointFile.read(file);
        assertArrayEquals(sample().parameters(), back.parameters(), 0);
        assertArrayEquals(sample().history().loss(), back.history().loss(), 0);
        assertArrayEquals(sample().optimizer().buffers().get("v"), back.optimizer().buffers().get("v"), 0);
        assertEquals(3, back.iteration());
    }

    @Test
    void aFlippedBitInTheParametersIsRefusedNamingTheArray(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, sample());
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "\0\nparameters".getBytes(StandardCharsets.US_ASCII));
        bytes[at + 12 + 4 + 8 * 2 + 3] ^= 0x10;
        Files.write(file, bytes);
        var e = assertThrows(MatrixFileException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": at byte " + at + ": corrupt: the checksum of the array "
                + "'parameters' does not match"), e.getMessage());
    }

    @Test
    void aFlippedBitInTheHeaderOrTheHistoryIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, sample());
        byte[] clean = Files.readAllBytes(file);
        byte[] header = clean.clone();
        header[12 + 3] ^= 0x01;
        Files.write(file, header);
        assertTrue(assertThrows(MatrixFileException.class, () -> CheckpointFile.read(file)).getMessage()
                .contains("the checksum of the header does not match"));
        byte[] history = clean.clone();
        int at = indexOf(history, "history.loss".getBytes(StandardCharsets.US_ASCII));
        history[at + 12 + 4 + 5] ^= (byte) 0x80;
        Files.write(file, history);
        assertTrue(assertThrows(MatrixFileException.class, () -> CheckpointFile.read(file)).getMessage()
                .contains("the checksum of the array 'history.loss' does not match"));
    }

    @Test
    void aCheckpointOfTheFirstLayoutWithoutChecksumsIsStillRead(@TempDir Path dir) throws IOException {
        Checkpoint c = sample();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] json = JsonFiles.toJson(CheckpointFile.header(c)).getBytes(StandardCharsets.UTF_8);
        out.write("GDLABCK1".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(json.length);
        out.write(json);
        Map<String, double[]> arrays = CheckpointFile.arrays(c);
        out.writeInt(arrays.size());
        for (Map.Entry<String, double[]> e : arrays.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            for (double v : e.getValue()) {
                out.writeDouble(v);
            }
        }
        Path file = dir.resolve("old.bin");
        Files.write(file, bytes.toByteArray());
        Checkpoint back = CheckpointFile.read(file);
        assertArrayEquals(c.bestParameters(), back.bestParameters(), 0);
        assertEquals(c.optimizer().steps(), back.optimizer().steps());
    }

    /**
     * Any one byte changed anywhere is refused as corrupt, with the file's name, and nothing is
     * allocated beyond the file's size (an array length is checked against the bytes that follow).
     */
    @Property(tries = 300)
    void everyChangedByteIsRefused(@ForAll @IntRange(min = 0, max = 100_000) int where,
                                   @ForAll @IntRange(min = 1, max = 255) int xor) throws IOException {
        Path dir = Files.createTempDirectory("checkpoint-fuzz");
        try {
            Path file = dir.resolve("checkpoint.bin");
            CheckpointFile.write(file, sample());
            byte[] bytes = Files.readAllBytes(file);
            int at = where % bytes.length;
            bytes[at] ^= (byte) xor;
            Files.write(file, bytes);
            var e = assertThrows(MatrixFileException.class, () -> CheckpointFile.read(file), "byte " + at);
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
