package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gdlab.core.io.CsvMatrix;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.data.Cifar10Reader;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.IdxReader;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.Stage;

/**
 * Every file parser against random mutations of a valid file (bytes changed, inserted or cut):
 * the only exception is the documented one (an {@link IllegalArgumentException}, most of them
 * {@code MatrixFileException}, whose message names the file), nothing hangs (each parse is a few
 * milliseconds; jqwik's tries are bounded), and the parse allocates no more than a small multiple
 * of the file's size: a length in a header is checked against the bytes that follow before
 * anything is allocated for it. The checkpoint has its own, stricter, property (CheckpointFileTest:
 * every changed byte is refused).
 */
class FileParserFuzzProperties {
    /** A change to a valid file: flip bits at some offsets, then keep a prefix (all of it when {@code keep >= 1}). */
    record Mutation(List<int[]> flips, double keep) {
        byte[] apply(byte[] valid) {
            byte[] bytes = valid.clone();
            for (int[] f : flips) {
                int at = Math.floorMod(f[0], bytes.length);
                bytes[at] ^= (byte) f[1];
            }
            int length = keep >= 1 ? bytes.length : (int) (keep * bytes.length);
            return java.util.Arrays.copyOf(bytes, length);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(1, 255)).as((at, xor) -> new int[] {at, xor});
        Arbitrary<Double> keep = Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1));
        return Combinators.combine(flip.list().ofMinSize(0).ofMaxSize(4), keep).as(Mutation::new);
    }

    @Property(tries = 150)
    void npy(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-npy");
        Path valid = dir.resolve("valid.npy");
        NpyFile.write(valid, MatrixF64.of(3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        check(dir, "x.npy", m.apply(Files.readAllBytes(valid)), NpyFile::read);
    }

    @Property(tries = 150)
    void csv(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-csv");
        check(dir, "x.csv", m.apply("# a comment\nx,y,z\n1,2.5,-3e2\n4,5,6\n\n7,8,9\n".getBytes()), CsvMatrix::read);
    }

    @Property(tries = 150)
    void idxImages(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-idx");
        ByteBuffer b = ByteBuffer.allocate(16 + 4 * 6);
        b.put(new byte[] {0, 0, 0x08, 3}).putInt(4).putInt(2).putInt(3);
        for (int k = 0; k < 24; k++) {
            b.put((byte) (k * 11));
        }
        check(dir, "train-images-idx3-ubyte", m.apply(b.array()), IdxReader::readImages);
    }

    @Property(tries = 150)
    void idxLabels(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-idx-labels");
        byte[] labels = {0, 0, 0x08, 1, 0, 0, 0, 5, 1, 9, 0, 3, 7};
        check(dir, "train-labels-idx1-ubyte", m.apply(labels), f -> IdxReader.readLabels(f, 10));
    }

    @Property(tries = 100)
    void cifarBatch(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-cifar");
        byte[] batch = new byte[2 * Cifar10Reader.RECORD];
        batch[0] = 3;
        batch[Cifar10Reader.RECORD] = 9;
        check(dir, "data_batch_1.bin", m.apply(batch), f -> Cifar10Reader.readBatch("c", f));
    }

    @Property(tries = 100)
    void configJsonOfARunFolder(@ForAll("mutations") Mutation m) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-config");
        String config = JsonFiles.toJson(RunConfig.builder(DataSource.parse("mnist")).network(NetSpec.relu(8))
                .initializer(Initializers.parse("init", "he")).build().withEpochs(3)
                .withStage(new Stage(1, OptimizerConfig.of(OptimizerKind.SGD), LrSchedule.stepDecay(0.5))));
        check(dir, "config.json", m.apply(config.getBytes()), f -> JsonFiles.read(f));
        Path run = Files.createTempDirectory("fuzz-run");
        check(run, RunFolder.CONFIG, m.apply(config.getBytes()), f -> new RunFolder(f.getParent()).readConfig());
    }

    /**
     * Writes {@code bytes} to {@code dir/name}, parses it, and requires success or an
     * IllegalArgumentException naming the file, within the allocation bound; removes the folder.
     */
    private static void check(Path dir, String name, byte[] bytes, Consumer<Path> parse) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        try {
            parse.accept(file);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && (e.getMessage().contains(file.toString())
                    || e.getMessage().contains(dir.toString())), "the message names the file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            fail("a corrupt file must be reported as such, not as an I/O failure: " + e.getMessage());
        } finally {
            long allocated = threads.getThreadAllocatedBytes(id) - before;
            long bound = 64L * Math.max(bytes.length, 1) + (4 << 20);
            try (var entries = Files.list(dir)) {
                for (Path p : entries.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            assertTrue(allocated <= bound, "allocated " + allocated + " bytes for a file of " + bytes.length);
        }
    }
}
