package org.gdlab.nn.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data sets gdlab knows by name: which files make them up, how to read them, and how a
 * user gets them.
 */
public enum KnownDataSet {
    /** Zalando's Fashion-MNIST: 60,000 + 10,000 grey 28x28 images of clothes, 10 classes (IDX files). */
    FASHION_MNIST("fashion-mnist", Layout.IDX, "dataset-fashion-mnist"),
    /** LeCun's MNIST: 60,000 + 10,000 grey 28x28 images of digits, 10 classes (IDX files). */
    MNIST("mnist", Layout.IDX, null),
    /** Krizhevsky's CIFAR-10: 50,000 + 10,000 colour 32x32 images, 10 classes (binary batches). */
    CIFAR10("cifar10", Layout.CIFAR, null);

    /** The classes of every known data set. */
    public static final int CLASSES = 10;

    private enum Layout {
        IDX(List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")),
        CIFAR(concat(Cifar10Reader.TRAIN_BATCHES, Cifar10Reader.TEST_BATCH));

        private final List<String> files;

        Layout(List<String> files) {
            this.files = files;
        }
    }

    private final String id;
    private final Layout layout;
    private final String debianPackage;

    KnownDataSet(String id, Layout layout, String debianPackage) {
        this.id = id;
        this.layout = layout;
        this.debianPackage = debianPackage;
    }

    /**
     * The name on the command line and of its folder, e.g. {@code fashion-mnist}.
     *
     * @return the identifier, lower case with dashes
     */
    public String id() {
        return id;
    }

    /**
     * The names of the files that make up the data set (an IDX file may also be there unzipped, without .gz).
     *
     * @return the file names, in the order {@link #filesIn} returns their paths
     */
    public List<String> fileNames() {
        return layout.files;
    }

    /**
     * The Debian/Ubuntu package that installs it under {@code /usr/share/datasets}, if there is one.
     *
     * @return the package name, or empty
     */
    public Optional<String> debianPackage() {
        return Optional.ofNullable(debianPackage);
    }

    /**
     * The known data set with this command-line name, if any.
     *
     * @param id a command-line name, e.g. {@code mnist}
     * @return the data set, or empty when no known one has that name
     */
    public static Optional<KnownDataSet> byId(String id) {
        for (KnownDataSet set : values()) {
            if (set.id.equals(id)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /**
     * The data set's files in {@code folder}, in the order of {@link #fileNames()}, when all are
     * there. A name ending in {@code .gz} is also found without it (a gunzipped copy).
     *
     * @param folder the folder to look in
     * @return the paths of the files, or empty when one is missing
     */
    public Optional<List<Path>> filesIn(Path folder) {
        List<Path> found = new ArrayList<>();
        for (String name : fileNames()) {
            Optional<Path> file = fileIn(folder, name);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            found.add(file.get());
        }
        return Optional.of(found);
    }

    /**
     * The names of the files missing from {@code folder}.
     *
     * @param folder the folder to look in
     * @return the missing names, in the order of {@link #fileNames()}; empty when all are there
     */
    public List<String> missingIn(Path folder) {
        return fileNames().stream().filter(name -> fileIn(folder, name).isEmpty()).toList();
    }

    private static Optional<Path> fileIn(Path folder, String name) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        Path unzipped = folder.resolve(name.replaceFirst("\\.gz$", ""));
        return Files.isRegularFile(unzipped) ? Optional.of(unzipped) : Optional.empty();
    }

    /**
     * Reads the data set from a folder that holds all its files.
     *
     * @param folder a folder with all of {@link #fileNames()}
     * @return the training and test parts, with the files read
     * @throws IllegalArgumentException naming the missing files when some are not there
     */
    public SourceData read(Path folder) {
        List<Path> files = filesIn(folder).orElseThrow(() -> new IllegalArgumentException(id + ": the folder " + folder
                + " lacks " + String.join(", ", missingIn(folder)) + "; to get them: " + howToGet(folder)));
        return switch (layout) {
            case IDX -> SourceData.of(IdxReader.read(id + " train", files.get(0), files.get(1), CLASSES),
                    IdxReader.read(id + " test", files.get(2), files.get(3), CLASSES));
            case CIFAR -> SourceData.of(Cifar10Reader.read(id + " train", files.subList(0, files.size() - 1)),
                    Cifar10Reader.readBatch(id + " test", files.get(files.size() - 1)));
        };
    }

    /**
     * The ways to get the files into {@code folder}, in one sentence: fetch them with gdlab
     * (which every command that needs them also does by itself unless told to stay offline),
     * install the Debian package where there is one, or copy them there by hand.
     *
     * @param folder the folder the files should be in
     * @return the sentence, for error messages
     */
    public String howToGet(Path folder) {
        String files = fileNames().size() + " files " + String.join(", ", fileNames());
        String copy = switch (layout) {
            case IDX -> "copy the " + files;
            case CIFAR -> "copy the " + files + " (the folder cifar-10-batches-bin of cifar-10-binary.tar.gz)";
        };
        return "run gdlab data fetch " + id + " (commands that need it fetch it themselves unless given --offline or "
                + DataEnvironment.OFFLINE + "=1), "
                + debianPackage().map(p -> "apt-get install " + p + " (Debian/Ubuntu, into " + DataLocator.DEBIAN_DATASETS
                        + "/" + id + "), ").orElse("")
                + "or " + copy + " into " + folder;
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return List.copyOf(all);
    }
}
