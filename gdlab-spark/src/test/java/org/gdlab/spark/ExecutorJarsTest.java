package org.gdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorJarsTest {
    private static Path jar(Path file, String entry) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(1);
            jar.closeEntry();
        }
        return file;
    }

    @Test
    void executorsGetGdlabsClassFoldersPackedAndEachGdlabJarOnceButNoneOfSparksJars(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("gdlab-sweep/target/classes/org/gdlab/sweep"));
        Files.write(classes.resolve("PointRunner.class"), new byte[] {7});
        Path openblas = jar(dir.resolve("cli/lib/openblas.jar"), "org/bytedeco/openblas/global/openblas.class");
        Path again = jar(dir.resolve("spark/lib/openblas.jar"), "org/bytedeco/openblas/global/openblas.class");
        Path scala = jar(dir.resolve("spark/lib/scala-library.jar"), "scala/Function1.class");
        String classPath = String.join(File.pathSeparator, dir.resolve("gdlab-sweep/target/classes").toString(),
                openblas.toString(), again.toString(), scala.toString(), dir.resolve("absent.jar").toString());
        Path packed;
        try (ExecutorJars jars = ExecutorJars.of(classPath)) {
            List<Path> chosen = jars.jars();
            assertEquals(2, chosen.size(), chosen::toString);
            packed = chosen.get(0);
            try (JarFile j = new JarFile(packed.toFile())) {
                assertEquals(List.of("org/gdlab/sweep/PointRunner.class"), j.stream().map(ZipEntry::getName).toList());
            }
            assertEquals(openblas, chosen.get(1));
            assertTrue(Files.isRegularFile(packed));
        }
        assertFalse(Files.exists(packed), "the packed jar is removed with the engine's run");
    }
}
