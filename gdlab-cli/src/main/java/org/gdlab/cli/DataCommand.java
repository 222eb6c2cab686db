package org.gdlab.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataEnvironment;
import org.gdlab.nn.data.DataFile;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.data.KnownDataSet;
import org.gdlab.nn.data.fetch.DataCheck;
import org.gdlab.nn.data.fetch.DataFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gdlab data}: the known data sets on this machine and whether they verify; with
 * {@code --data}, one loaded the way {@code gdlab train} does; {@code gdlab data fetch NAME}
 * downloads one.
 */
@Command(name = "data", header = "List, fetch or load the known data sets.",
        mixinStandardHelpOptions = true, sortOptions = false, subcommands = DataCommand.Fetch.class,
        description = {"Without --data: each known data set (fashion-mnist, mnist, cifar10), the folder it is read from and "
                + "whether its files have the published SHA-256 (exit code 1 when one does not).",
            "With --data: load a data set as training would (find it, or fetch it when it is missing, read it, split it, "
                + "subtract the training mean) and print its files with their SHA-256, the split sizes, the examples per "
                + "class and the load time.",
            "A data set NAME is looked for in $GDLAB_DATA/NAME (when set), ~/.gdlab/data/NAME, then ROOT/NAME for each "
                + "folder of $GDLAB_DATA_PATHS (default /usr/share/datasets, where Debian's dataset-fashion-mnist installs). "
                + "Fetched data sets go to the first of the two user folders."})
final class DataCommand implements Callable<Integer> {
    /** The --data help of the commands that take a data set. */
    static final String SOURCE_HELP = "fashion-mnist, mnist, cifar10 (found in $GDLAB_DATA/NAME, ~/.gdlab/data/NAME or "
            + "/usr/share/datasets/NAME, else fetched), NAME:DIR, or npy:X,Y[,X_TEST,Y_TEST] (.npy or .csv files).";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "SOURCE", description = SOURCE_HELP)
    String data;

    @Mixin
    DataSplitOptions split;

    @Mixin
    FetchOption fetch;

    @Option(names = "--json", description = "With --data: print the provenance, class counts and load time as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (data == null) {
            return list();
        }
        DataConfig config = split.config(data);
        fetch.ensure(config.source(), spec.commandLine().getErr());
        long start = System.nanoTime();
        DataSplits splits = DataSplits.load(config);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Dataset> parts = List.of(splits.train(), splits.validation(), splits.test());
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>(splits.provenance());
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Dataset part : parts) {
                counts.put(part.name(), classCounts(part));
            }
            doc.put("class_counts", counts);
            doc.put("load_seconds", seconds);
            out.print(JsonFiles.toJson(doc));
        } else {
            out.println("source: " + config.source().spec());
            for (DataFile file : splits.files()) {
                out.printf(Locale.ROOT, "  %s  %,d bytes  sha256 %s%n", file.path(), file.bytes(), file.sha256());
            }
            out.printf("%d features, %d classes; %s%n", splits.train().features(), splits.train().classes(),
                    splits.provenance().get("preprocessing"));
            for (Dataset part : parts) {
                out.printf(Locale.ROOT, "  %-28s %,7d examples  per class %s%n", part.name(), part.size(),
                        Arrays.toString(classCounts(part)));
            }
            out.printf(Locale.ROOT, "loaded, split and centred in %.3f s%n", seconds);
        }
        out.flush();
        return 0;
    }

    /** Prints one line per known data set: where it is and whether it verifies. */
    private int list() {
        Map<String, String> environment = DataEnvironment.current();
        DataLocator locator = DataLocator.of(environment, FetchOption.userHome());
        DataFetcher fetcher = FetchOption.fetcher(environment, spec.commandLine().getErr());
        var out = spec.commandLine().getOut();
        out.println("cache: " + locator.dataHome().map(p -> p + " ($GDLAB_DATA)").orElse(FetchOption.userHome()
                .resolve(".gdlab/data") + " ($GDLAB_DATA not set)") + "; then " + (locator.systemRoots().isEmpty() ? "no system folder"
                : locator.systemRoots().stream().map(Path::toString).collect(Collectors.joining(", "))));
        boolean failed = false;
        for (KnownDataSet set : KnownDataSet.values()) {
            Optional<Path> folder = locator.find(set);
            if (folder.isEmpty()) {
                out.printf(Locale.ROOT, "%-14s not on this machine: gdlab data fetch %s (%s)%n", set.id(), set.id(),
                        fetcher.source(set));
                continue;
            }
            DataCheck check = DataCheck.of(fetcher.catalogue(), set, folder.get());
            failed |= check.verdict() == DataCheck.Verdict.FAILED;
            out.printf(Locale.ROOT, "%-14s %s  %s: %s%n", set.id(), folder.get(),
                    check.verdict().name().toLowerCase(Locale.ROOT), check.detail());
        }
        out.flush();
        return failed ? Gdlab.EXIT_FAILURE : 0;
    }

    /** {@code gdlab data fetch NAME...}: downloads known data sets into the cache and verifies them. */
    @Command(name = "fetch", header = "Download known data sets into the data cache and verify them.",
            mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Downloads each data set into $GDLAB_DATA/NAME (else ~/.gdlab/data/NAME), trying its mirrors in "
                    + "order, with a progress bar (bytes, rate, time left). A partial download (NAME.part) is resumed; a "
                    + "file is installed (renamed into place) only once its SHA-256 is the published one (of the "
                    + "decompressed content for the gzipped IDX files, of the archive for CIFAR-10); one that is not is "
                    + "kept aside as NAME.rejected and never used. Files already there that verify are kept.",
                "GDLAB_DATA_MIRROR=URL[,URL...] replaces the mirrors: NAME's files are then fetched from URL/NAME/ "
                    + "(e.g. a local server over a folder holding fashion-mnist/train-images-idx3-ubyte.gz ...).",
                "About: fashion-mnist 30.9 MB, mnist 11.6 MB, cifar10 170.1 MB.",
                "Example: gdlab data fetch fashion-mnist mnist"})
    static final class Fetch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "fashion-mnist, mnist or cifar10.")
        List<String> names;

        @Override
        public Integer call() {
            List<KnownDataSet> sets = names.stream().map(name -> KnownDataSet.byId(name).orElseThrow(() -> Check.invalid("NAME",
                    name, "must be one of " + Arrays.stream(KnownDataSet.values()).map(KnownDataSet::id)
                            .collect(Collectors.joining(", "))))).toList();
            Map<String, String> environment = DataEnvironment.current();
            DataLocator locator = DataLocator.of(environment, FetchOption.userHome());
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            DataFetcher fetcher = FetchOption.fetcher(environment, err);
            for (KnownDataSet set : sets) {
                Path folder = locator.cacheFolder(set);
                err.println(set.id() + ": into " + folder + " (" + fetcher.source(set) + ")");
                err.flush();
                fetcher.fetch(set, folder);
                DataCheck check = DataCheck.of(fetcher.catalogue(), set, folder);
                out.println(set.id() + ": " + folder + " " + check.verdict().name().toLowerCase(Locale.ROOT) + ": " + check.detail());
                out.flush();
            }
            return 0;
        }
    }

    private static int[] classCounts(Dataset part) {
        int[] counts = new int[part.classes()];
        for (int label : part.labels()) {
            counts[label]++;
        }
        return counts;
    }
}
