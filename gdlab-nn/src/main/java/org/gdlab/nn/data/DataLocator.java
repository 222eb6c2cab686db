package org.gdlab.nn.data;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a known data set's folder on disk. A data set {@code NAME} is looked for, in this
 * order, in:
 * <ol>
 *   <li>{@code $GDLAB_DATA/NAME}, when the variable is set (the user's explicit choice);</li>
 *   <li>{@code ~/.gdlab/data/NAME} (the user's own copy);</li>
 *   <li>{@code ROOT/NAME} for each system folder ROOT: {@code /usr/share/datasets}, where Debian's
 *       data set packages install (Fashion-MNIST: {@code dataset-fashion-mnist}), unless
 *       {@code GDLAB_DATA_PATHS} names others (see {@link DataEnvironment}).</li>
 * </ol>
 * The first folder that holds all the files wins; when none does, the error lists each place
 * looked in with what it lacks, and the ways to get the files. Fetched data sets go to the
 * {@link #cacheFolder cache}: the first of the two user folders.
 *
 * @param dataHome the value of {@code GDLAB_DATA}, when set and not blank
 * @param userHome the user's home folder
 * @param systemRoots the system folders searched last, in order
 */
public record DataLocator(Optional<Path> dataHome, Path userHome, List<Path> systemRoots) {
    /** Where Debian's data set packages install. */
    public static final Path DEBIAN_DATASETS = Path.of("/usr/share/datasets");

    /**
     * Copies the list of system folders.
     *
     * @param dataHome the value of {@code GDLAB_DATA}, or empty
     * @param userHome the user's home folder
     * @param systemRoots the system folders searched last; copied
     */
    public DataLocator {
        systemRoots = List.copyOf(systemRoots);
    }

    /**
     * The locator for an environment (a map like {@link DataEnvironment#current()}) and a home folder.
     *
     * @param environment the variables, {@code GDLAB_DATA} and {@code GDLAB_DATA_PATHS} read
     * @param userHome the user's home folder
     * @return the locator
     */
    public static DataLocator of(Map<String, String> environment, Path userHome) {
        Optional<Path> dataHome = Optional.ofNullable(environment.get(DataEnvironment.DATA))
                .filter(value -> !value.isBlank()).map(Path::of);
        String paths = environment.get(DataEnvironment.PATHS);
        List<Path> roots = paths == null ? List.of(DEBIAN_DATASETS)
                : Arrays.stream(paths.split(File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).toList();
        return new DataLocator(dataHome, userHome, roots);
    }

    /**
     * The locator for this process: {@link DataEnvironment#current()} and {@code user.home}.
     *
     * @return the locator of this process
     */
    public static DataLocator system() {
        return of(DataEnvironment.current(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The folders looked in for a data set, in search order.
     *
     * @param set the data set
     * @return the candidate folders, first searched first
     */
    public List<Path> searchPath(KnownDataSet set) {
        List<Path> folders = new ArrayList<>();
        dataHome.ifPresent(home -> folders.add(home.resolve(set.id())));
        folders.add(userFolder(set));
        systemRoots.forEach(root -> folders.add(root.resolve(set.id())));
        return folders;
    }

    /**
     * Where a fetched copy of the data set goes: {@code $GDLAB_DATA/NAME}, else {@code ~/.gdlab/data/NAME}.
     *
     * @param set the data set
     * @return the folder a fetch writes to
     */
    public Path cacheFolder(KnownDataSet set) {
        return dataHome.map(home -> home.resolve(set.id())).orElse(userFolder(set));
    }

    /**
     * The first folder of the search path that holds all of the data set's files.
     *
     * @param set the data set
     * @return the folder, or empty when none holds all the files
     */
    public Optional<Path> find(KnownDataSet set) {
        return searchPath(set).stream().filter(folder -> set.filesIn(folder).isPresent()).findFirst();
    }

    /**
     * The first folder of the search path that holds all of the data set's files.
     *
     * @param set the data set
     * @return the folder
     * @throws IllegalArgumentException when there is none: {@link #notFound}
     */
    public Path locate(KnownDataSet set) {
        return find(set).orElseThrow(() -> notFound(set));
    }

    /**
     * The one-line error for a data set that is in none of the folders: where it looked, what each lacks, and how to get it.
     *
     * @param set the data set
     * @return the exception, to throw
     */
    public IllegalArgumentException notFound(KnownDataSet set) {
        List<String> looked = new ArrayList<>();
        if (dataHome.isEmpty()) {
            looked.add("$" + DataEnvironment.DATA + " (not set)");
        }
        for (Path folder : searchPath(set)) {
            String what = Files.isDirectory(folder) ? "lacks " + String.join(", ", set.missingIn(folder)) : "no such folder";
            looked.add(folder + " (" + what + ")");
        }
        return new IllegalArgumentException("--data = " + set.id() + ": the data set was not found; looked in "
                + String.join(", ", looked) + ". To get it: " + set.howToGet(cacheFolder(set)) + ".");
    }

    private Path userFolder(KnownDataSet set) {
        return userHome.resolve(".gdlab").resolve("data").resolve(set.id());
    }
}
