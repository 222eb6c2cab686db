package org.gdlab.nn.data.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.nn.data.DataFile;
import org.gdlab.nn.data.KnownDataSet;

/**
 * Whether the files of a known data set in a folder are the published ones.
 *
 * <p>A data set downloaded file by file (MNIST, Fashion-MNIST) is checked against the
 * catalogue's digests of the content. One unpacked from an archive (CIFAR-10) is checked against
 * the folder's {@value #MANIFEST}, which {@link DataFetcher} writes from the archive it verified;
 * a folder without it (files copied by hand) cannot be checked and says so.
 *
 * @param set the data set
 * @param folder the folder checked
 * @param verdict the outcome
 * @param detail one line: what was checked, or which file differs and how
 */
public record DataCheck(KnownDataSet set, Path folder, Verdict verdict, String detail) {
    /** The file, in a folder unpacked from an archive, that records the unpacked files' SHA-256 ({@code sha256sum} format). */
    public static final String MANIFEST = "SHA256SUMS";

    /** The outcome of a check. */
    public enum Verdict {
        /** Every file has its published digest. */
        VERIFIED,
        /** A file is missing or has another digest. */
        FAILED,
        /** There is no digest to check the files against. */
        UNVERIFIED
    }

    /**
     * Checks the data set's files in {@code folder} against {@code catalogue}.
     *
     * @param catalogue the expected sizes and digests
     * @param set the data set
     * @param folder the folder to check
     * @return the verdict, with a line saying what was checked or what differs
     */
    public static DataCheck of(DataCatalogue catalogue, KnownDataSet set, Path folder) {
        DataRelease release = catalogue.release(set);
        List<String> missing = set.missingIn(folder);
        if (!missing.isEmpty()) {
            return new DataCheck(set, folder, Verdict.FAILED, "lacks " + String.join(", ", missing));
        }
        List<Path> files = set.filesIn(folder).orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        String against;
        if (release.archiveFolder().isEmpty()) {
            release.files().forEach(f -> expected.put(f.name(), f.sha256()));
            against = "the published SHA-256 of their content";
        } else {
            Path manifest = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                return new DataCheck(set, folder, Verdict.UNVERIFIED, "no digest of the single files is published and "
                        + "the folder has no " + MANIFEST + " (gdlab data fetch " + set.id() + " verifies "
                        + release.files().get(0).name() + " and records them)");
            }
            expected.putAll(readManifest(manifest));
            against = MANIFEST + ", written when " + release.files().get(0).name() + " verified";
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = set.fileNames().get(i);
            String want = expected.get(name);
            String actual = actualDigest(files.get(i));
            if (want == null) {
                wrong.add(name + ": no digest recorded");
            } else if (!want.equals(actual)) {
                wrong.add(files.get(i).getFileName() + ": SHA-256 of the content is " + actual + ", expected " + want);
            }
        }
        return wrong.isEmpty()
                ? new DataCheck(set, folder, Verdict.VERIFIED, files.size() + " files match " + against)
                : new DataCheck(set, folder, Verdict.FAILED, String.join("; ", wrong));
    }

    /** The content digest of a file, or why it cannot be read. */
    private static String actualDigest(Path file) {
        try {
            return DataFile.contentSha256(file);
        } catch (MatrixFileException | UncheckedIOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /** Writes a manifest of the files' digests, atomically. */
    static void writeManifest(Path folder, Map<String, String> digests) {
        StringBuilder text = new StringBuilder();
        digests.forEach((name, sha256) -> text.append(sha256).append("  ").append(name).append('\n'));
        AtomicFiles.writeString(folder.resolve(MANIFEST), text.toString());
    }

    private static Map<String, String> readManifest(Path manifest) {
        Map<String, String> digests = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(manifest);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (!line.matches("[0-9a-f]{64}  \\S.*")) {
                    throw MatrixFileException.atLine(manifest, i + 1, 1, "not a line of sha256sum: '" + line + "'");
                }
                digests.put(line.substring(66), line.substring(0, 64));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(manifest + ": " + e.getMessage(), e);
        }
        return digests;
    }
}
