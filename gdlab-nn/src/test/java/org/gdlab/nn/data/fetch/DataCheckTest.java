package org.gdlab.nn.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.gdlab.nn.data.KnownDataSet;
import org.gdlab.nn.data.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of IDX folders against digests of the content: the gzip wrapping does not matter, the data does. */
class DataCheckTest {
    @TempDir
    Path dir;
    final List<byte[]> mnist = List.of(TestFiles.idxImages(4, 28, 28), TestFiles.idxLabels(1, 2, 3, 4),
            TestFiles.idxImages(2, 28, 28), TestFiles.idxLabels(5, 6));

    private DataCatalogue catalogue() {
        Map<KnownDataSet, DataRelease> releases = new EnumMap<>(DataCatalogue.REAL.releases());
        List<RemoteFile> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(new RemoteFile(KnownDataSet.MNIST.fileNames().get(i), 1, TestFiles.sha256(mnist.get(i)), Digest.CONTENT));
        }
        DataRelease real = DataCatalogue.REAL.release(KnownDataSet.MNIST);
        releases.put(KnownDataSet.MNIST, new DataRelease(KnownDataSet.MNIST, real.mirrors(), files, Optional.empty()));
        return new DataCatalogue(releases);
    }

    /** Gzip with the original file name in the header (FLG.FNAME), as upstream's files have and Debian's lack. */
    static byte[] gzipWithName(byte[] data, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 8, 1, 2, 3, 4, 0, 3});
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] block = new byte[4096];
        while (!deflater.finished()) {
            out.write(block, 0, deflater.deflate(block));
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).putInt(data.length).array());
        return out.toByteArray();
    }

    @Test
    void copiesWithOtherGzipHeadersOrGunzippedVerifyAndOtherDataDoesNot() {
        Path named = dir.resolve("named");
        Path plain = dir.resolve("plain");
        Path gunzipped = dir.resolve("gunzipped");
        for (int i = 0; i < 4; i++) {
            String name = KnownDataSet.MNIST.fileNames().get(i);
            TestFiles.write(named, name, gzipWithName(mnist.get(i), name.replace(".gz", "")));
            TestFiles.write(plain, name, TestFiles.gzip(mnist.get(i)));
            TestFiles.write(gunzipped, name.replace(".gz", ""), mnist.get(i));
        }
        assertNotEquals(TestFiles.sha256(gzipWithName(mnist.get(0), "x")), TestFiles.sha256(TestFiles.gzip(mnist.get(0))),
                "the two gzip files differ on disk");
        for (Path folder : List.of(named, plain, gunzipped)) {
            DataCheck check = DataCheck.of(catalogue(), KnownDataSet.MNIST, folder);
            assertEquals(DataCheck.Verdict.VERIFIED, check.verdict(), folder + ": " + check.detail());
        }
        byte[] other = TestFiles.idxLabels(5, 7);
        TestFiles.write(plain, "t10k-labels-idx1-ubyte.gz", TestFiles.gzip(other));
        DataCheck failed = DataCheck.of(catalogue(), KnownDataSet.MNIST, plain);
        assertEquals(DataCheck.Verdict.FAILED, failed.verdict());
        assertEquals("t10k-labels-idx1-ubyte.gz: SHA-256 of the content is " + TestFiles.sha256(other) + ", expected "
                + TestFiles.sha256(mnist.get(3)), failed.detail());
    }

    @Test
    void aMissingFileAndAnUnreadableOneAreFailures() {
        Path folder = dir.resolve("m");
        TestFiles.write(folder, "train-images-idx3-ubyte.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        assertEquals("lacks train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz",
                DataCheck.of(catalogue(), KnownDataSet.MNIST, folder).detail());
        for (int i = 1; i < 4; i++) {
            TestFiles.write(folder, KnownDataSet.MNIST.fileNames().get(i), TestFiles.gzip(mnist.get(i)));
        }
        DataCheck check = DataCheck.of(catalogue(), KnownDataSet.MNIST, folder);
        assertEquals(DataCheck.Verdict.FAILED, check.verdict());
        org.junit.jupiter.api.Assertions.assertTrue(check.detail().startsWith("train-images-idx3-ubyte.gz: SHA-256 of the content is "
                + "unreadable (" + folder.resolve("train-images-idx3-ubyte.gz")), check.detail());
    }
}
