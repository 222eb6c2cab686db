package org.gdlab.nn.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a known data set's folder on disk. A data set {@code NAME} is looked for, in this
 * order, in:
 * <ol>
 *   <li>{@code $GDLAB_DATA/NAME}, when the variable is set (the user's explicit choice);</li>
 *   <li>{@code ~/.gdlab/data/NAME} (the user's own copy);</li>
 *   <li>{@code /usr/share/datasets/NAME}, for a data set a Debian package installs there
 *       (Fashion-MNIST: {@code dataset-fashion-mnist}).</li>
 * </ol>
 * The first folder that holds all the files wins; when none does, the error lists each place
 * looked in with what it lacks, and says exactly how to get the files.
 *
 * @param dataHome the value of {@code GDLAB_DATA}, when set and not blank
 * @param userHome the user's home folder
 * @param systemRoot where Debian's data set packages install ({@code /usr/share/datasets})
 */
public record DataLocator(Optional<Path> dataHome, Path userHome, Path systemRoot) {
    /** The environment variable that names a data folder. */
    public static final String DATA_VARIABLE = "GDLAB_DATA";
    /** Where Debian's data set packages install. */
    public static final Path DEBIAN_DATASETS = Path.of("/usr/share/datasets");

    /** The locator for an environment (a map like {@link System#getenv()}) and a home folder. */
    public static DataLocator of(Map<String, String> environment, Path userHome) {
        Optional<Path> dataHome = Optional.ofNullable(environment.get(DATA_VARIABLE))
                .filter(value -> !value.isBlank()).map(Path::of);
        return new DataLocator(dataHome, userHome, DEBIAN_DATASETS);
    }

    /** The locator for this process: its environment, {@code user.home}, and {@code /usr/share/datasets}. */
    public static DataLocator system() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folders looked in for a data set, in search order. */
    public List<Path> searchPath(KnownDataSet set) {
        List<Path> folders = new ArrayList<>();
        dataHome.ifPresent(home -> folders.add(home.resolve(set.id())));
        folders.add(userFolder(set));
        if (set.debianPackage().isPresent()) {
            folders.add(systemRoot.resolve(set.id()));
        }
        return folders;
    }

    /** The first folder of the search path that holds all of the data set's files. */
    public Optional<Path> find(KnownDataSet set) {
        return searchPath(set).stream().filter(folder -> set.filesIn(folder).isPresent()).findFirst();
    }

    /**
     * The first folder of the search path that holds all of the data set's files.
     *
     * @throws IllegalArgumentException when there is none, saying where it looked, what each
     *     place lacks, and how to get the files
     */
    public Path locate(KnownDataSet set) {
        return find(set).orElseThrow(() -> notFound(set));
    }

    private IllegalArgumentException notFound(KnownDataSet set) {
        List<String> looked = new ArrayList<>();
        if (dataHome.isEmpty()) {
            looked.add("$" + DATA_VARIABLE + " (not set)");
        }
        for (Path folder : searchPath(set)) {
            String what = Files.isDirectory(folder) ? "lacks " + String.join(", ", set.missingIn(folder)) : "no such folder";
            looked.add(folder + " (" + what + ")");
        }
        Path target = dataHome.map(home -> home.resolve(set.id())).orElse(userFolder(set));
        return new IllegalArgumentException("--data = " + set.id() + ": the data set was not found; looked in "
                + String.join(", ", looked) + ". To get it: " + set.howToGet(target) + ".");
    }

    private Path userFolder(KnownDataSet set) {
        return userHome.resolve(".gdlab").resolve("data").resolve(set.id());
    }
}
