package org.gdlab.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The jars a cluster's executors need beside Spark's own: the entries of this JVM's class path
 * that hold gdlab's classes ({@code org/gdlab}) or a library that gdlab-sweep's run of a point
 * needs and Spark lacks (JavaCPP and OpenBLAS under {@code org/bytedeco}, Jackson's Optional and
 * YAML modules, SnakeYAML), shipped with {@code spark.jars}. Spark's jars and their dependencies
 * (Scala, Netty, Hadoop's client, Jackson's core and databind) are on every executor already and
 * are not sent. A new dependency of gdlab-sweep, gdlab-nn or gdlab-core that Spark lacks belongs
 * in {@link #GDLAB_PACKAGES}. A class folder (a build's
 * {@code target/classes}) is packed into a jar in a temporary folder, removed by {@link #close()}.
 */
final class ExecutorJars implements AutoCloseable {
    /** The folders of class files whose holders executors need. */
    static final List<String> GDLAB_PACKAGES = List.of("org/gdlab/", "org/bytedeco/", "com/fasterxml/jackson/datatype/jdk8/",
            "com/fasterxml/jackson/dataformat/yaml/", "org/yaml/snakeyaml/");

    /** No jars: an embedded Spark runs in this JVM, on its class path. */
    static final ExecutorJars NONE = new ExecutorJars(List.of(), null);

    private final List<Path> jars;
    private final Path packed;

    private ExecutorJars(List<Path> jars, Path packed) {
        this.jars = List.copyOf(jars);
        this.packed = packed;
    }

    /** The jars of {@code classPath} (entries separated by {@link File#pathSeparator}) that executors need. */
    static ExecutorJars of(String classPath) {
        try {
            Path packed = Files.createTempDirectory("gdlab-spark-jars");
            List<Path> jars = new ArrayList<>();
            for (String entry : classPath.split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (Files.isDirectory(p) && holdsGdlabClasses(p)) {
                    jars.add(pack(p, packed.resolve(jars.size() + "-" + p.getFileName() + ".jar")));
                } else if (Files.isRegularFile(p) && entry.endsWith(".jar") && !sameName(jars, p) && holdsGdlabClasses(p)) {
                    jars.add(p);
                }
            }
            return new ExecutorJars(jars, packed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gather the jars for Spark's executors: " + e.getMessage(), e);
        }
    }

    /** The jars, for {@code spark.jars}. */
    List<Path> jars() {
        return jars;
    }

    /**
     * Whether a jar of {@code jar}'s name is chosen already: Spark serves jars by name, and the
     * launcher's class path holds gdlab's jars twice (gdlab-cli's and gdlab-spark's target/lib).
     */
    private static boolean sameName(List<Path> chosen, Path jar) {
        return chosen.stream().anyMatch(c -> c.getFileName().equals(jar.getFileName()));
    }

    private static boolean holdsGdlabClasses(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            return GDLAB_PACKAGES.stream().anyMatch(pkg -> Files.isDirectory(entry.resolve(pkg)));
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().anyMatch(e -> GDLAB_PACKAGES.stream().anyMatch(pkg -> e.getName().startsWith(pkg)));
        }
    }

    private static Path pack(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** Removes the jars packed from class folders. */
    @Override
    public void close() {
        if (packed == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(packed)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + packed + ": " + e.getMessage(), e);
        }
    }
}
