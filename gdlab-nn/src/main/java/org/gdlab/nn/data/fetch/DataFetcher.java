package org.gdlab.nn.data.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.data.DataEnvironment;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;

/**
 * Downloads a known data set into a folder and installs a file there only once its SHA-256 is
 * the catalogue's.
 *
 * <p>For each file of the release: a copy already in the folder that verifies is kept; one that
 * does not is moved aside to {@code NAME.rejected}. Then the mirrors are tried in order; each up
 * to {@link FetchSettings#attempts()} times, every attempt after the first resuming the partial
 * file {@code NAME.part} (so does the first, when an earlier run left one). A complete download
 * is checked: when it verifies it is renamed to {@code NAME} in one step, so no file that looks
 * complete is ever half written; when it does not, it is moved aside to {@code NAME.rejected},
 * never used, and the next mirror is tried. When every mirror fails, the error names the file,
 * each URL and what went wrong there (for a digest: the expected and the actual one).
 *
 * <p>An archive (CIFAR-10) is verified the same way, then the data set's files are unpacked from
 * it (each to a temporary file renamed into place), their digests written to
 * {@value DataCheck#MANIFEST}, and the archive removed.
 */
public final class DataFetcher {
    private final DataCatalogue catalogue;
    private final FetchSettings settings;
    private final ProgressListener progress;
    private final Consumer<String> notes;

    /**
     * @param catalogue where and what to download
     * @param settings the timeouts and attempts
     * @param progress gets one task per file downloaded (bytes, rate, time left)
     * @param notes gets one line per event worth telling: a failed mirror, a retry, a file kept aside
     */
    public DataFetcher(DataCatalogue catalogue, FetchSettings settings, ProgressListener progress, Consumer<String> notes) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.progress = progress;
        this.notes = notes;
    }

    /**
     * The fetcher for an environment (its {@code GDLAB_DATA_MIRROR}), with the default settings.
     *
     * @param environment the variables, e.g. {@link DataEnvironment#current()}
     * @param progress gets one task per file downloaded
     * @param notes gets one line per event worth telling
     * @return the fetcher
     */
    public static DataFetcher of(Map<String, String> environment, ProgressListener progress, Consumer<String> notes) {
        return new DataFetcher(DataCatalogue.of(environment), FetchSettings.DEFAULT, progress, notes);
    }

    /**
     * The catalogue it downloads from.
     *
     * @return the catalogue
     */
    public DataCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The folder of a data set: where {@code locator} finds it, else a copy fetched into the
     * locator's cache folder, announced in one note first (what, where to, how much, from where).
     *
     * @param set the data set
     * @param locator where to look, and where a fetch goes
     * @return a folder that holds all the data set's files
     * @throws DataFetchException when a file could not be had from any mirror
     */
    public Path locateOrFetch(KnownDataSet set, DataLocator locator) {
        Optional<Path> found = locator.find(set);
        if (found.isPresent()) {
            return found.get();
        }
        Path folder = locator.cacheFolder(set);
        notes.accept(set.id() + " is not on this machine: fetching it into " + folder + " (" + source(set) + "; "
                + DataEnvironment.OFFLINE + "=1 forbids this)");
        return fetch(set, folder);
    }

    /**
     * What a fetch of the data set downloads from where, e.g. {@code about 30.9 MB from host-a, then host-b}.
     *
     * @param set the data set
     * @return the size and the mirrors' hosts, in order
     */
    public String source(KnownDataSet set) {
        DataRelease release = catalogue.release(set);
        return "about " + HttpDownload.size(release.bytes()) + " from " + release.mirrors().stream().map(URI::getAuthority)
                .distinct().collect(Collectors.joining(", then "));
    }

    /**
     * Makes {@code folder} hold a verified copy of the data set, downloading what is missing or wrong.
     *
     * @param set the data set
     * @param folder the folder to fill, created when missing
     * @return {@code folder}
     * @throws DataFetchException when a file could not be had from any mirror
     */
    public Path fetch(KnownDataSet set, Path folder) {
        DataRelease release = catalogue.release(set);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataFetchException(set.id() + ": cannot create the folder " + folder + " (" + e + ")", e);
        }
        if (release.archiveFolder().isEmpty()) {
            for (RemoteFile file : release.files()) {
                Path target = folder.resolve(file.name());
                if (!keep(file, target)) {
                    download(release, file, target);
                }
            }
        } else if (DataCheck.of(catalogue, set, folder).verdict() != DataCheck.Verdict.VERIFIED) {
            RemoteFile archive = release.files().get(0);
            Path target = folder.resolve(archive.name());
            if (!keep(archive, target)) {
                download(release, archive, target);
            }
            notes.accept(set.id() + ": unpacking " + set.fileNames().size() + " files from " + archive.name());
            DataCheck.writeManifest(folder, TarArchive.extract(target, release.archiveFolder().get(), set.fileNames(), folder));
            delete(target);
        }
        return folder;
    }

    /** Whether a copy already at {@code target} verifies; one that does not is moved aside. */
    private boolean keep(RemoteFile file, Path target) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        Optional<String> wrong = mismatch(file, target);
        if (wrong.isEmpty()) {
            return true;
        }
        Path aside = asideOf(target);
        move(target, aside);
        notes.accept(target + ": " + wrong.get() + "; moved aside to " + aside.getFileName() + ", fetching it again");
        return false;
    }

    private void download(DataRelease release, RemoteFile file, Path target) {
        Path part = target.resolveSibling(file.name() + ".part");
        List<String> failures = new ArrayList<>();
        List<URI> mirrors = release.mirrors();
        for (int m = 0; m < mirrors.size(); m++) {
            URI url = mirrors.get(m).resolve(file.name());
            Optional<String> failure = fromMirror(url, file, part, target);
            if (failure.isEmpty()) {
                return;
            }
            failures.add(url + ": " + failure.get());
            if (m + 1 < mirrors.size()) {
                notes.accept(file.name() + ": " + url + " failed (" + failure.get() + "); trying " + mirrors.get(m + 1));
            }
        }
        throw new DataFetchException(release.set().id() + ": could not fetch " + file.name() + " into " + target.getParent()
                + " from any mirror: " + String.join("; ", failures));
    }

    /** Downloads from one URL and installs the file; empty on success, else what went wrong. */
    private Optional<String> fromMirror(URI url, RemoteFile file, Path part, Path target) {
        String last = "";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpDownload.download(url, part, settings, file.name(), progress);
            } catch (HttpDownload.Refused e) {
                return Optional.of(e.getMessage());
            } catch (IOException e) {
                last = e.getMessage();
                if (attempt < settings.attempts()) {
                    notes.accept(file.name() + ": " + url + ": " + last + "; attempt " + (attempt + 1) + " of "
                            + settings.attempts() + (Files.isRegularFile(part) ? " resumes from byte " + size(part) : ""));
                }
                continue;
            }
            Optional<String> wrong = mismatch(file, part);
            if (wrong.isEmpty()) {
                move(part, target);
                return Optional.empty();
            }
            Path aside = asideOf(target);
            move(part, aside);
            return Optional.of(wrong.get() + "; the download is kept aside as " + aside + " and not used");
        }
        return Optional.of(last + " (" + settings.attempts() + " attempts)");
    }

    /** Empty when {@code file}'s digest is the catalogue's, else the message naming both digests. */
    private static Optional<String> mismatch(RemoteFile expected, Path file) {
        String actual;
        try {
            actual = expected.digest().of(file);
        } catch (RuntimeException e) {
            return Optional.of(expected.name() + " cannot be read: " + e.getMessage());
        }
        return actual.equals(expected.sha256()) ? Optional.empty()
                : Optional.of(expected.name() + ": SHA-256 " + expected.digest().label() + " is " + actual
                        + ", expected " + expected.sha256());
    }

    private static Path asideOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".rejected");
    }

    private static void move(Path from, Path to) {
        try {
            AtomicFiles.rename(from, to);
        } catch (IOException e) {
            throw new DataFetchException("cannot rename " + from + " to " + to + " (" + e + ")", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DataFetchException("cannot remove " + file + " (" + e + ")", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
