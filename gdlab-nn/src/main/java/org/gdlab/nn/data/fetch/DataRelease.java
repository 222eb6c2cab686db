package org.gdlab.nn.data.fetch;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.KnownDataSet;

/**
 * How one known data set is published: the places it can be downloaded from, tried in order,
 * and its files with their digests.
 *
 * @param set the data set
 * @param mirrors base URLs ending in {@code /}; a file is at {@code mirror + name}
 * @param files the files to download: the data set's own files, or one archive that holds them
 * @param archiveFolder for an archive ({@code tar.gz}), the folder inside it that holds the data
 *     set's files ({@link KnownDataSet#fileNames()}); empty when the files are downloaded as they are
 */
public record DataRelease(KnownDataSet set, List<URI> mirrors, List<RemoteFile> files, Optional<String> archiveFolder) {
    /**
     * Checks that there is a mirror, that they end in '/', and that an archive comes alone.
     *
     * @param set the data set
     * @param mirrors at least one base URL, each ending in {@code /}; copied
     * @param files the files to download; copied
     * @param archiveFolder the folder inside a single archive, or empty
     */
    public DataRelease {
        mirrors = List.copyOf(mirrors);
        files = List.copyOf(files);
        if (mirrors.isEmpty()) {
            throw Check.invalid("mirrors", mirrors, "at least one is needed");
        }
        for (URI mirror : mirrors) {
            if (!mirror.toString().endsWith("/") || !List.of("http", "https").contains(mirror.getScheme())) {
                throw Check.invalid("mirrors", mirror, "must be an http or https URL ending in /");
            }
        }
        if (archiveFolder.isPresent() && files.size() != 1) {
            throw Check.invalid("files", files.size(), "an archive release has exactly 1 file");
        }
        if (archiveFolder.isEmpty() && !files.stream().map(RemoteFile::name).toList().equals(set.fileNames())) {
            throw Check.invalid("files", files.stream().map(RemoteFile::name).toList(), "must be " + set.fileNames());
        }
    }

    /**
     * The same release downloaded from other base URLs.
     *
     * @param others the base URLs, each ending in {@code /}
     * @return a new release with the same files
     */
    public DataRelease withMirrors(List<URI> others) {
        return new DataRelease(set, others, files, archiveFolder);
    }

    /**
     * The download size on the first mirror, in bytes.
     *
     * @return the sum of the files' sizes
     */
    public long bytes() {
        return files.stream().mapToLong(RemoteFile::bytes).sum();
    }
}
